package io.successdesk.rest.account;

import io.successdesk.app.InvalidInputException;
import io.successdesk.rest.CsvCells;
import io.successdesk.rest.json.GsonJsonProvider;
import io.successdesk.rest.json.StrictJson;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Accounts as CSV (RFC 4180, header row). Lists are {@code ;}-separated, custom attributes a JSON object. A cell a
 * spreadsheet would run as a formula ({@code = + - @}, tab, CR) or one starting with {@code '} is written with a
 * leading {@code '}, which reading removes again, so export → import is lossless. ARR columns only for financial
 * viewers.
 */
final class AccountCsv {

    static final List<String> COLUMNS = List.of("key", "name", "emailDomains", "jsmOrganizationIds", "tier",
            "lifecycleStage", "csmUserKey", "arrMinorUnits", "arrCurrency", "contractStart", "renewalDate",
            "externalId", "customAttributes");
    private static final Set<String> ARR_COLUMNS = Set.of("arrMinorUnits", "arrCurrency");
    private static final java.lang.reflect.Type ATTRIBUTES = new com.google.gson.reflect.TypeToken<Map<String, String>>() {
    }.getType();

    private AccountCsv() {
    }

    /** Writes the header row to {@code out}; the answer prints one account row per call. */
    static RowWriter open(Appendable out, boolean withArr) throws IOException {
        List<String> columns = columns(withArr);
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get());
        return row -> {
            for (String column : columns) {
                printer.print(CsvCells.safe(cell(row, column)));
            }
            printer.println();
        };
    }

    /** Prints account rows. */
    interface RowWriter {
        void print(AccountRequest row) throws IOException;
    }

    /** @throws InvalidInputException naming unknown columns, or {@code rows[n].column} for a cell of the wrong form */
    static AccountListRequest read(String csv) {
        Map<String, String> errors = new TreeMap<>();
        List<AccountRequest> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
            List<String> unknown = parser.getHeaderNames().stream().filter(name -> !COLUMNS.contains(name)).toList();
            if (!unknown.isEmpty()) {
                throw new InvalidInputException("columns", "unknown " + unknown + "; known: " + COLUMNS);
            }
            for (CSVRecord record : parser) {
                rows.add(row(record, "rows[" + (rows.size() + 1) + "].", errors));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException("body", "is not valid CSV with a header row");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new AccountListRequest(rows);
    }

    private static List<String> columns(boolean withArr) {
        return COLUMNS.stream().filter(column -> withArr || !ARR_COLUMNS.contains(column)).toList();
    }

    private static String cell(AccountRequest row, String column) {
        return switch (column) {
            case "key" -> row.key();
            case "name" -> row.name();
            case "emailDomains" -> String.join(";", row.emailDomains());
            case "jsmOrganizationIds" -> String.join(";", row.jsmOrganizationIds().stream().map(String::valueOf).toList());
            case "tier" -> row.tier();
            case "lifecycleStage" -> row.lifecycleStage();
            case "csmUserKey" -> row.csmUserKey();
            case "arrMinorUnits" -> row.arr() == null ? null : String.valueOf(row.arr().minorUnits());
            case "arrCurrency" -> row.arr() == null ? null : row.arr().currency();
            case "contractStart" -> String.valueOf(row.contractStart());
            case "renewalDate" -> row.renewalDate() == null ? null : row.renewalDate().toString();
            case "externalId" -> row.externalId();
            case "customAttributes" -> row.customAttributes().isEmpty() ? null
                    : GsonJsonProvider.gson().toJson(row.customAttributes());
            default -> throw new IllegalStateException(column);
        };
    }

    private static AccountRequest row(CSVRecord record, String prefix, Map<String, String> errors) {
        Cells cells = new Cells(record, prefix, errors);
        String amount = cells.text("arrMinorUnits");
        String currency = cells.text("arrCurrency");
        MoneyDto arr = amount == null && currency == null ? null : new MoneyDto(cells.number("arrMinorUnits"), currency);
        String attributes = cells.text("customAttributes");
        Map<String, String> custom = Map.of();
        if (attributes != null) {
            try {
                @SuppressWarnings("unchecked")
                Map<String, String> parsed = (Map<String, String>) StrictJson.read(attributes, ATTRIBUTES);
                custom = parsed;
            } catch (InvalidInputException e) {
                errors.put(prefix + "customAttributes", "must be a JSON object of strings");
            }
        }
        return new AccountRequest(cells.text("key"), cells.text("name"), cells.list("emailDomains"),
                cells.list("jsmOrganizationIds").stream().map(id -> cells.parseLong("jsmOrganizationIds", id)).toList(),
                cells.text("tier"), cells.text("lifecycleStage"), cells.text("csmUserKey"), arr,
                cells.day("contractStart"), cells.day("renewalDate"), cells.text("externalId"), custom, null);
    }


    /** One CSV record's cells by column, recording a malformed cell as {@code rows[n].column}. */
    private record Cells(CSVRecord record, String prefix, Map<String, String> errors) {

        String text(String column) {
            if (!record.isMapped(column) || !record.isSet(column) || record.get(column).isEmpty()) {
                return null;
            }
            String value = record.get(column);
            return value.startsWith("'") ? value.substring(1) : value;
        }

        List<String> list(String column) {
            String value = text(column);
            return value == null ? List.of() : Arrays.stream(value.split(";")).map(String::strip).toList();
        }

        Long number(String column) {
            String value = text(column);
            return value == null ? null : parseLong(column, value);
        }

        Long parseLong(String column, String value) {
            try {
                return Long.parseLong(value.strip());
            } catch (NumberFormatException e) {
                errors.putIfAbsent(prefix + column, "must be a whole number");
                return 0L;
            }
        }

        LocalDate day(String column) {
            String value = text(column);
            try {
                return value == null ? null : LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                errors.putIfAbsent(prefix + column, "must be an ISO-8601 day like 2025-01-31");
                return null;
            }
        }
    }
}
