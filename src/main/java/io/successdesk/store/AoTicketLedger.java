package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.ticket.TicketLedger;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.ticket.StatusCategory;
import io.successdesk.domain.ticket.TicketFact;
import io.successdesk.domain.timeline.MillisecondKeyset;
import io.successdesk.domain.timeline.TimelinePosition;
import io.successdesk.store.ao.TicketLedgerEntry;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import static io.successdesk.store.StoredValues.instant;
import static io.successdesk.store.StoredValues.millis;
import static io.successdesk.store.StoredValues.millisOrNull;
import static io.successdesk.store.ao.TicketLedgerEntry.ACCOUNT_KEY;
import static io.successdesk.store.ao.TicketLedgerEntry.CREATED_AT;
import static io.successdesk.store.ao.TicketLedgerEntry.ISSUE_ID;
import static io.successdesk.store.ao.TicketLedgerEntry.LAST_ACTIVITY_AT;
import static io.successdesk.store.ao.TicketLedgerEntry.STILL_OPEN;

/**
 * The ticket ledger in {@code TICKET_LEDGER_ENTRY}. A fact is relevant since {@code since} when it is still open or
 * its latest activity (created, first response, resolved — all never before created) is at or after {@code since};
 * both are stored columns, so a batch is one query on the (account, issue id) index with a limit.
 * {@link #upsert} is check-then-insert on the unique {@code ISSUE_ID}: when two upserts of a new issue race, the
 * second insert is refused, its transaction runs again and updates the winner's row, so one row per issue remains.
 */
@Named
public class AoTicketLedger implements TicketLedger {

    private final ActiveObjects ao;

    @Inject
    public AoTicketLedger(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public void upsert(TicketFact fact) {
        Objects.requireNonNull(fact, "fact");
        ConflictRetry.inTransaction(ao, () -> {
            Optional<TicketLedgerEntry> existing = entry(fact.issueId());
            if (existing.isPresent()) {
                TicketLedgerEntry entry = existing.get();
                copy(fact, entry);
                entry.save();
            } else {
                ao.create(TicketLedgerEntry.class, columns(fact));
            }
            return null;
        });
    }

    @Override
    public Optional<TicketFact> get(long issueId) {
        return ao.executeInTransaction(() -> entry(issueId).map(AoTicketLedger::toFact));
    }

    @Override
    public boolean remove(long issueId) {
        return ao.executeInTransaction(() -> ao.deleteWithSQL(TicketLedgerEntry.class, ISSUE_ID + " = ?", issueId) > 0);
    }

    @Override
    public List<TicketFact> factsRelevantSince(AccountKey account, Instant since, long afterIssueId, int limit) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(since, "since");
        if (limit < 1 || limit > MAX_BATCH) {
            throw new IllegalArgumentException("limit must be 1–" + MAX_BATCH + ", got " + limit);
        }
        Query query = Query.select()
                .where(ACCOUNT_KEY + " = ? AND " + ISSUE_ID + " > ? AND (" + STILL_OPEN + " = ? OR "
                        + LAST_ACTIVITY_AT + " >= ?)", account.value(), afterIssueId, Boolean.TRUE, millis(since))
                .order(ISSUE_ID + " ASC")
                .limit(limit);
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(TicketLedgerEntry.class, query))
                .map(AoTicketLedger::toFact).toList());
    }

    /** Creation instants are stored in milliseconds; {@link MillisecondKeyset} pages them in timeline order. */
    @Override
    public List<TicketFact> newestFirst(AccountKey account, Optional<TimelinePosition> after, int limit) {
        if (TimelinePages.asksForNone(account, after, limit)) {
            return List.of();
        }
        return ao.executeInTransaction(() -> MillisecondKeyset.page(after, limit, TicketFact::timelinePosition,
                new TimelineRows<>(ao, TicketLedgerEntry.class,
                        () -> new Criteria().and(ACCOUNT_KEY + " = ?", account.value()), CREATED_AT, AoTicketLedger::toFact)));
    }

    private Optional<TicketLedgerEntry> entry(long issueId) {
        TicketLedgerEntry[] found = ao.find(TicketLedgerEntry.class,
                Query.select().where(ISSUE_ID + " = ?", issueId).limit(2));
        if (found.length > 1) {
            throw new IllegalStateException("ticket ledger holds issue " + issueId + " twice");
        }
        return found.length == 0 ? Optional.empty() : Optional.of(found[0]);
    }

    private static DBParam[] columns(TicketFact fact) {
        return new DBParam[] {
                new DBParam(ISSUE_ID, fact.issueId()),
                new DBParam(TicketLedgerEntry.ISSUE_KEY, fact.issueKey()),
                new DBParam(ACCOUNT_KEY, fact.account().value()),
                new DBParam(TicketLedgerEntry.PROJECT_KEY, fact.projectKey()),
                new DBParam(TicketLedgerEntry.CREATED_AT, millis(fact.created())),
                new DBParam(TicketLedgerEntry.FIRST_RESPONSE_AT, millisOrNull(fact.firstResponse())),
                new DBParam(TicketLedgerEntry.RESOLVED_AT, millisOrNull(fact.resolved())),
                new DBParam(LAST_ACTIVITY_AT, lastActivity(fact)),
                new DBParam(STILL_OPEN, isStillOpen(fact)),
                new DBParam(TicketLedgerEntry.REOPEN_COUNT, fact.reopenCount()),
                new DBParam(TicketLedgerEntry.PRIORITY_RANK, fact.priorityRank()),
                new DBParam(TicketLedgerEntry.STATUS, fact.status()),
                new DBParam(TicketLedgerEntry.TICKET_KIND, fact.kind()),
                new DBParam(TicketLedgerEntry.MATCHED_BY, fact.matchedBy())
        };
    }

    private static void copy(TicketFact fact, TicketLedgerEntry entry) {
        entry.setIssueKey(fact.issueKey());
        entry.setAccountKey(fact.account().value());
        entry.setProjectKey(fact.projectKey());
        entry.setCreatedAt(millis(fact.created()));
        entry.setFirstResponseAt(millisOrNull(fact.firstResponse()));
        entry.setResolvedAt(millisOrNull(fact.resolved()));
        entry.setLastActivityAt(lastActivity(fact));
        entry.setStillOpen(isStillOpen(fact));
        entry.setReopenCount(fact.reopenCount());
        entry.setPriorityRank(fact.priorityRank());
        entry.setStatus(fact.status());
        entry.setTicketKind(fact.kind());
        entry.setMatchedBy(fact.matchedBy());
    }

    private static long lastActivity(TicketFact fact) {
        return Stream.of(Optional.of(fact.created()), fact.firstResponse(), fact.resolved())
                .flatMap(Optional::stream).mapToLong(Instant::toEpochMilli).max().orElseThrow();
    }

    private static boolean isStillOpen(TicketFact fact) {
        return fact.resolved().isEmpty() && fact.status() != StatusCategory.DONE;
    }

    private static TicketFact toFact(TicketLedgerEntry entry) {
        return new TicketFact(entry.getIssueId(), entry.getIssueKey(), AccountKey.of(entry.getAccountKey()),
                entry.getProjectKey(), Instant.ofEpochMilli(entry.getCreatedAt()), instant(entry.getFirstResponseAt()),
                instant(entry.getResolvedAt()), entry.getReopenCount(), entry.getPriorityRank(), entry.getStatus(),
                entry.getTicketKind(), entry.getMatchedBy());
    }
}
