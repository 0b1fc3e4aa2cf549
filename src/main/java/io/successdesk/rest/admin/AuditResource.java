package io.successdesk.rest.admin;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.successdesk.app.Page;
import io.successdesk.app.audit.AuditCursor;
import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.AuditLog;
import io.successdesk.app.audit.AuditQuery;
import io.successdesk.app.audit.AuditSlice;
import io.successdesk.app.InvalidInputException;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.Capability;
import io.successdesk.rest.CsvCells;
import io.successdesk.rest.Permissions;
import io.successdesk.rest.QueryParams;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audit log, newest first, a page at a time or as a CSV file: Jira administrators only. ARR appears in it only
 * for them.
 */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@AdminOnly
public class AuditResource {

    private static final Pattern ACTION = Pattern.compile("[a-z][a-z0-9.-]{0,49}");
    /** A page's {@code next}: the last entry's epoch milliseconds and id. */
    private static final Pattern CURSOR = Pattern.compile("(\\d{1,15})\\.(\\d{1,10})");
    private static final int MAX_FILTER_LENGTH = 255;
    private static final String[] EXPORT_COLUMNS = {"at", "actor", "action", "subjectType", "subjectId", "before", "after"};

    private final AccessPolicy accessPolicy;
    private final AuditLog auditLog;

    @Inject
    public AuditResource(AccessPolicy accessPolicy, AuditLog auditLog) {
        this.accessPolicy = accessPolicy;
        this.auditLog = auditLog;
    }

    /**
     * Filters: {@code actor} (user key), {@code action} (an action or its dotted prefix, e.g. {@code account.}),
     * {@code subject} (account key, CTA id …), {@code from} and {@code to} (UTC days, both inclusive).
     * <p>
     * Pages follow one another by {@code after}, the previous page's {@code next}: a page is found by its position,
     * so a deep page costs what the first does and entries recorded meanwhile do not shift it; the first page also
     * says how many entries match. {@code offset} still pages the earlier way (with the total on every page).
     */
    @GET
    public AuditPageDto recent(@QueryParam("after") String after, @QueryParam("offset") String offset,
                               @QueryParam("limit") String limit, @QueryParam("actor") String actor,
                               @QueryParam("action") String action, @QueryParam("subject") String subject,
                               @QueryParam("from") String from, @QueryParam("to") String to) {
        Permissions.toSee(accessPolicy, Capability.ADMINISTER, "audit log");
        AuditQuery filter = query(actor, action, subject, from, to);
        if (offset != null && !offset.isEmpty()) {
            if (after != null) {
                throw new InvalidInputException("after", "cannot be combined with offset");
            }
            Page<AuditEntry> page = auditLog.find(filter, QueryParams.page(offset, limit));
            return new AuditPageDto(dtos(page.items()), page.offset(), page.limit(), page.total(), null);
        }
        int size = QueryParams.page(null, limit).limit();
        Optional<AuditCursor> cursor = cursor(after);
        AuditSlice slice = auditLog.findAfter(filter, cursor, size);
        return new AuditPageDto(dtos(slice.items()), null, size, cursor.isEmpty() ? auditLog.count(filter) : null,
                slice.next().map(next -> next.at().toEpochMilli() + "." + next.id()).orElse(null));
    }

    private static List<AuditEntryDto> dtos(List<AuditEntry> entries) {
        return entries.stream().map(AuditResource::toDto).toList();
    }

    private static Optional<AuditCursor> cursor(String after) {
        if (after == null) {
            return Optional.empty();
        }
        Matcher parts = CURSOR.matcher(after);
        if (!parts.matches()) {
            throw new InvalidInputException("after", "must be the next of an earlier page");
        }
        return Optional.of(new AuditCursor(Instant.ofEpochMilli(Long.parseLong(parts.group(1))),
                Long.parseLong(parts.group(2))));
    }

    /**
     * The entries matching the same filters as CSV (RFC 4180, header row), newest first, streamed in keyset batches so
     * memory stays bounded and no batch costs more than the first; cells a spreadsheet would run as formulas are
     * written as text ({@link CsvCells}).
     */
    @GET
    @Path("/export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    public Response export(@QueryParam("actor") String actor, @QueryParam("action") String action,
                           @QueryParam("subject") String subject, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        Permissions.toSee(accessPolicy, Capability.ADMINISTER, "audit log");
        AuditQuery query = query(actor, action, subject, from, to);
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(EXPORT_COLUMNS).get());
            auditLog.forEach(query, entry -> {
                try {
                    csv.printRecord(entry.at().toString(), CsvCells.safe(entry.actor()), entry.action(),
                            entry.subjectType(), CsvCells.safe(entry.subjectId()),
                            CsvCells.safe(entry.before().orElse("")), CsvCells.safe(entry.after().orElse("")));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        };
        return Response.ok(body).type("text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"successdesk-audit.csv\"").build();
    }

    private static AuditQuery query(String actor, String action, String subject, String from, String to) {
        Optional<String> actionPrefix = Optional.ofNullable(action).map(String::strip).filter(text -> !text.isEmpty());
        if (actionPrefix.isPresent() && !ACTION.matcher(actionPrefix.get()).matches()) {
            throw new InvalidInputException("action", "must be an action or its start, such as account. or account.delete");
        }
        Optional<LocalDate> firstDay = QueryParams.day("from", from);
        Optional<LocalDate> lastDay = QueryParams.day("to", to);
        if (firstDay.isPresent() && lastDay.isPresent() && lastDay.get().isBefore(firstDay.get())) {
            throw new InvalidInputException("to", "must not be before from");
        }
        return new AuditQuery(Optional.ofNullable(actor).map(text -> limited("actor", text)), actionPrefix,
                Optional.ofNullable(subject).map(text -> limited("subject", text)),
                firstDay.map(day -> day.atStartOfDay(ZoneOffset.UTC).toInstant()),
                lastDay.map(day -> day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
    }

    private static String limited(String name, String value) {
        if (value.length() > MAX_FILTER_LENGTH) {
            throw new InvalidInputException(name, "must be at most " + MAX_FILTER_LENGTH + " characters");
        }
        return value;
    }

    private static AuditEntryDto toDto(AuditEntry entry) {
        return new AuditEntryDto(entry.at(), entry.actor(), entry.action(), entry.subjectType(), entry.subjectId(),
                entry.before().orElse(null), entry.after().orElse(null));
    }

    /**
     * One page of audit entries; {@code total} (entries matching) on a first or an offset page, {@code next} (pass it
     * as {@code after}) when more entries follow a page asked without offset.
     */
    public record AuditPageDto(List<AuditEntryDto> items, Integer offset, int limit, Long total, String next) {
    }
}
