package io.successdesk.rest.account;

import io.successdesk.app.InvalidInputException;
import io.successdesk.app.account.AccountInput;
import io.successdesk.app.account.BulkUpsertReport;
import io.successdesk.app.account.RecordedHealth;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.EmailDomain;
import io.successdesk.rest.WireNames;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Maps accounts between the wire ({@link AccountRequest}, {@link AccountDto}) and the app layer. */
final class AccountJson {

    private static final Map<String, String> WIRE_FIELDS = Map.of("arrMinorUnits", "arr.minorUnits",
            "arrCurrency", "arr.currency");

    private AccountJson() {
    }

    /**
     * A bulk or import row: missing required fields read as empty, so the row is rejected in the per-row report
     * instead of failing the whole request.
     */
    static AccountInput toRowInput(AccountRequest request) {
        return toInput(new AccountRequest(request.key(), orBlank(request.name()), request.emailDomains(),
                request.jsmOrganizationIds(), orBlank(request.tier()), orBlank(request.lifecycleStage()),
                request.csmUserKey(), request.arr(), request.contractStart(), request.renewalDate(),
                request.externalId(), request.customAttributes(), request.version()), true);
    }

    /** @throws InvalidInputException naming missing required fields */
    static AccountInput toInput(AccountRequest request) {
        return toInput(request, false);
    }

    private static AccountInput toInput(AccountRequest request, boolean lenientContractStart) {
        Map<String, String> missing = new TreeMap<>();
        requirePresent(missing, "name", request.name());
        requirePresent(missing, "tier", request.tier());
        requirePresent(missing, "lifecycleStage", request.lifecycleStage());
        if (!lenientContractStart) {
            requirePresent(missing, "contractStart", request.contractStart());
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        Optional<MoneyDto> arr = Optional.ofNullable(request.arr());
        return new AccountInput(Optional.ofNullable(request.key()), request.name(), orEmpty(request.emailDomains()),
                orEmpty(request.jsmOrganizationIds()), request.tier(), request.lifecycleStage(),
                Optional.ofNullable(request.csmUserKey()), arr.map(MoneyDto::minorUnits),
                arr.map(MoneyDto::currency),
                request.contractStart() == null ? "" : request.contractStart().toString(),
                Optional.ofNullable(request.renewalDate()).map(Object::toString),
                Optional.ofNullable(request.externalId()),
                request.customAttributes() == null ? Map.of() : request.customAttributes());
    }

    /** The account as answered; ARR only when {@code withArr}. */
    static AccountDto toDto(Account account, boolean withArr) {
        return toDto(account, withArr, Optional.empty(), Optional.empty());
    }

    /** The account as answered with its CSM's name and recorded health; ARR only when {@code withArr}. */
    static AccountDto toDto(Account account, boolean withArr, Optional<String> csmDisplayName,
                            Optional<RecordedHealth> health) {
        return new AccountDto(account.key().value(), account.name(),
                account.emailDomains().stream().map(EmailDomain::value).toList(), account.jsmOrganizationIds(),
                account.tier().name(), WireNames.of(account.stage()), account.csmUserKey().orElse(null),
                csmDisplayName.orElse(null),
                withArr ? account.arr().map(m -> new MoneyDto(m.minorUnits(), m.currencyCode())).orElse(null) : null,
                account.contractStart(), account.renewalDate().orElse(null),
                account.externalId().map(Object::toString).orElse(null), account.customAttributes(),
                account.version(), account.createdAt(), account.updatedAt(),
                health.map(h -> new AccountDto.RecordedHealthDto(h.score().value(), WireNames.of(h.band()))).orElse(null));
    }

    /** The editable fields of an account, as an export row that imports unchanged. */
    static AccountRequest toRow(Account account, boolean withArr) {
        AccountDto dto = toDto(account, withArr);
        return new AccountRequest(dto.key(), dto.name(), dto.emailDomains(), dto.jsmOrganizationIds(), dto.tier(),
                dto.lifecycleStage(), dto.csmUserKey(), dto.arr(), dto.contractStart(), dto.renewalDate(),
                dto.externalId(), dto.customAttributes(), null);
    }

    static UpsertReportDto toDto(BulkUpsertReport report, boolean dryRun) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (BulkUpsertReport.Outcome outcome : BulkUpsertReport.Outcome.values()) {
            counts.put(WireNames.of(outcome), report.count(outcome));
        }
        List<UpsertReportDto.RowDto> rows = report.rows().stream().map(row -> new UpsertReportDto.RowDto(
                row.number(), row.account().map(Object::toString).orElse(null), WireNames.of(row.outcome()),
                wireErrors(row.errors()))).toList();
        return new UpsertReportDto(report.committed(), dryRun, counts, rows);
    }

    /** The app's field names as the wire spells them ({@code arrCurrency} is {@code arr.currency}). */
    static InvalidInputException onTheWire(InvalidInputException exception) {
        return new InvalidInputException(wireErrors(exception.errors()));
    }

    /** Runs an account change, renaming the fields of its {@link InvalidInputException} to the wire's. */
    static <T> T wire(java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (InvalidInputException e) {
            throw onTheWire(e);
        }
    }

    static Map<String, String> wireErrors(Map<String, String> errors) {
        Map<String, String> renamed = new TreeMap<>();
        errors.forEach((field, message) -> renamed.put(WIRE_FIELDS.getOrDefault(field, field), message));
        return renamed;
    }

    private static void requirePresent(Map<String, String> missing, String field, Object value) {
        if (value == null) {
            missing.put(field, "is required");
        }
    }

    private static String orBlank(String value) {
        return value == null ? "" : value;
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
