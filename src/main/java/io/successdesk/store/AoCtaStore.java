package io.successdesk.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.ConflictException;
import io.successdesk.app.NotFoundException;
import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.app.cta.CtaStore;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.cta.Cta;
import io.successdesk.domain.cta.CtaDedupKey;
import io.successdesk.domain.cta.CtaFacts;
import io.successdesk.domain.cta.CtaStatus;
import io.successdesk.domain.cta.Snooze;
import io.successdesk.domain.timeline.MillisecondKeyset;
import io.successdesk.domain.timeline.TimelinePosition;
import io.successdesk.store.ao.ActiveCtaClaim;
import io.successdesk.store.ao.CallToAction;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import net.java.ao.DBParam;
import net.java.ao.Query;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

import static io.successdesk.store.StoredValues.epochDay;
import static io.successdesk.store.StoredValues.instant;

/**
 * CTAs in {@code CALL_TO_ACTION}. The CTA id is unique and at most one CTA per dedup key is open or snoozed; both
 * are checked inside the saving transaction (a second active CTA for a key is refused with a conflict), and the
 * second is also enforced by the database through {@link ActiveCtaClaim}, for writers that check at the same time.
 */
@Named
public class AoCtaStore implements CtaStore {

    private static final String ACTIVE = CallToAction.STATUS + " IN (?, ?)";

    private final ActiveObjects ao;

    @Inject
    public AoCtaStore(@ComponentImport ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public Optional<Cta> find(String id) {
        Objects.requireNonNull(id, "id");
        return ao.executeInTransaction(() -> row(id).map(AoCtaStore::toCta));
    }

    @Override
    public Optional<Cta> findActive(CtaDedupKey key) {
        Objects.requireNonNull(key, "key");
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(CallToAction.class, Query.select()
                        .where(CallToAction.DEDUP_KEY + " = ? AND " + ACTIVE, key.toString(), CtaStatus.OPEN, CtaStatus.SNOOZED)
                        .order("ID ASC").limit(1)))
                .findFirst().map(AoCtaStore::toCta));
    }

    @Override
    public Optional<Cta> findByJiraIssue(String issueKey) {
        Objects.requireNonNull(issueKey, "issueKey");
        return ao.executeInTransaction(() -> Arrays.stream(ao.find(CallToAction.class, Query.select()
                        .where(CallToAction.JIRA_ISSUE_KEY + " = ?", issueKey).order("ID ASC").limit(1)))
                .findFirst().map(AoCtaStore::toCta));
    }

    @Override
    public void save(Cta cta) {
        Objects.requireNonNull(cta, "cta");
        ao.executeInTransaction(() -> {
            if (cta.status().isActive()) {
                CallToAction[] active = ao.find(CallToAction.class, Query.select()
                        .where(CallToAction.DEDUP_KEY + " = ? AND " + ACTIVE + " AND " + CallToAction.CTA_ID + " <> ?",
                                cta.key().toString(), CtaStatus.OPEN, CtaStatus.SNOOZED, cta.id())
                        .limit(1));
                if (active.length > 0) {
                    throw new ConflictException("key", "CTA " + active[0].getCtaId() + " is already "
                            + active[0].getStatus() + " for " + cta.key());
                }
            }
            claimOrRelease(cta);
            Optional<CallToAction> existing = row(cta.id());
            if (existing.isPresent()) {
                existing.get().setLockVersion(existing.get().getLockVersion() + 1);
                copy(cta, existing.get());
            } else {
                CallToAction created = ao.create(CallToAction.class, new DBParam(CallToAction.CTA_ID, cta.id()),
                        new DBParam(CallToAction.ACCOUNT_KEY, cta.account().value()),
                        new DBParam(CallToAction.CTA_TYPE, cta.key().type()),
                        new DBParam(CallToAction.REASON, cta.key().reason()),
                        new DBParam(CallToAction.DEDUP_KEY, cta.key().toString()),
                        new DBParam(CallToAction.STATUS, cta.status()),
                        new DBParam(CallToAction.CREATED_AT, cta.created().toEpochMilli()),
                        new DBParam(CallToAction.LOCK_VERSION, 0L));
                copy(cta, created);
            }
            return null;
        });
    }

    @Override
    public void replace(Cta before, Cta after) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (!before.id().equals(after.id()) || !before.key().equals(after.key())) {
            throw new IllegalArgumentException("a CTA keeps its id and key: " + before.id() + " -> " + after.id());
        }
        ao.executeInTransaction(() -> {
            CallToAction row = row(before.id()).orElseThrow(() -> new NotFoundException("CTA " + before.id()));
            long version = row.getLockVersion();
            if (!toCta(row).equals(before)) {
                throw changedMeanwhile(before);
            }
            switch (VersionGuard.advance(row, CallToAction.LOCK_VERSION, version, version + 1)) {
                case ADVANCED -> {
                    claimOrRelease(after);
                    copy(after, row);
                }
                case STALE, LOST_RACE -> throw changedMeanwhile(before);
            }
            return null;
        });
    }

    private static ConflictException changedMeanwhile(Cta cta) {
        return new ConflictException("status", "CTA " + cta.id() + " was changed by someone else meanwhile; reload it");
    }

    @Override
    public List<Cta> newestFirst(AccountKey account, Optional<TimelinePosition> after, int limit) {
        if (TimelinePages.asksForNone(account, after, limit)) {
            return List.of();
        }
        return ao.executeInTransaction(() -> MillisecondKeyset.page(after, limit, Cta::timelinePosition,
                new TimelineRows<>(ao, CallToAction.class,
                        () -> new Criteria().and(CallToAction.ACCOUNT_KEY + " = ?", account.value()),
                        CallToAction.CREATED_AT, AoCtaStore::toCta)));
    }

    @Override
    public Page<Cta> page(AccountKey account, Set<CtaStatus> statuses, PageRequest page) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(page, "page");
        if (statuses.isEmpty()) {
            return Page.of(List.of(), page, 0);
        }
        return ao.executeInTransaction(() -> {
            List<Cta> items = Arrays.stream(ao.find(CallToAction.class, inStatuses(account, statuses)
                            .order(CallToAction.CREATED_AT + " DESC, ID DESC").offset(page.offset()).limit(page.limit())))
                    .map(AoCtaStore::toCta).toList();
            return Page.of(items, page, ao.count(CallToAction.class, inStatuses(account, statuses)));
        });
    }

    @Override
    public long count(AccountKey account, Set<CtaStatus> statuses) {
        Objects.requireNonNull(account, "account");
        if (statuses.isEmpty()) {
            return 0;
        }
        return ao.executeInTransaction(() -> (long) ao.count(CallToAction.class, inStatuses(account, statuses)));
    }

    private static Query inStatuses(AccountKey account, Set<CtaStatus> statuses) {
        StringJoiner in = new StringJoiner(", ", CallToAction.ACCOUNT_KEY + " = ? AND " + CallToAction.STATUS + " IN (", ")");
        Object[] parameters = new Object[statuses.size() + 1];
        parameters[0] = account.value();
        int index = 1;
        for (CtaStatus status : statuses) {
            in.add("?");
            parameters[index++] = status;
        }
        return Query.select().where(in.toString(), parameters);
    }

    /** Keeps {@link ActiveCtaClaim} in step: a row while the CTA is active, none once it is closed. */
    private void claimOrRelease(Cta cta) {
        if (!cta.status().isActive()) {
            ao.deleteWithSQL(ActiveCtaClaim.class, ActiveCtaClaim.CTA_ID + " = ?", cta.id());
            return;
        }
        if (ao.count(ActiveCtaClaim.class, ActiveCtaClaim.CTA_ID + " = ?", cta.id()) > 0) {
            return;
        }
        try {
            ao.create(ActiveCtaClaim.class, new DBParam(ActiveCtaClaim.DEDUP_KEY, cta.key().toString()),
                    new DBParam(ActiveCtaClaim.CTA_ID, cta.id()),
                    new DBParam(ActiveCtaClaim.ACCOUNT_KEY, cta.account().value()));
        } catch (RuntimeException e) {
            throw ConflictRetry.uniqueViolationAs(e, "key", "another CTA is already active for " + cta.key());
        }
    }

    private Optional<CallToAction> row(String id) {
        CallToAction[] rows = ao.find(CallToAction.class, Query.select().where(CallToAction.CTA_ID + " = ?", id).limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    private static void copy(Cta cta, CallToAction row) {
        row.setAccountKey(cta.account().value());
        row.setCtaType(cta.key().type());
        row.setReason(cta.key().reason());
        row.setDedupKey(cta.key().toString());
        if (cta.facts().isLegacy()) {
            row.setExplanation(cta.facts().legacyText().orElseThrow());
            row.setFacts(null);
        } else {
            row.setExplanation(null);
            row.setFacts(CtaFactsJson.toText(cta.facts()));
        }
        row.setIssueKeys(StoredValues.blankToNull(String.join(",", cta.triggeringIssueKeys())));
        row.setStatus(cta.status());
        row.setCreatedAt(cta.created().toEpochMilli());
        row.setSnoozeUntilDay(cta.snooze().map(snooze -> epochDay(snooze.until())).orElse(null));
        row.setSnoozeReason(cta.snooze().map(Snooze::reason).orElse(null));
        row.setClosedAt(cta.closedAt().map(Instant::toEpochMilli).orElse(null));
        row.setJiraIssueKey(cta.jiraIssueKey().orElse(null));
        row.save();
    }

    /** The row's facts; a row written before facts existed becomes legacy facts carrying its English sentence. */
    private static CtaFacts facts(CallToAction row) {
        if (row.getFacts() != null) {
            return CtaFactsJson.fromText(row.getReason(), row.getFacts());
        }
        if (row.getExplanation() == null) {
            throw new IllegalStateException("CTA " + row.getCtaId() + " has neither facts nor an explanation");
        }
        return CtaFacts.legacy(row.getReason(), row.getExplanation());
    }

    private static Cta toCta(CallToAction row) {
        Optional<Snooze> snooze = Optional.ofNullable(row.getSnoozeUntilDay())
                .map(day -> new Snooze(StoredValues.day(day), row.getSnoozeReason()));
        List<String> issueKeys = row.getIssueKeys() == null ? List.of() : List.of(row.getIssueKeys().split(","));
        return new Cta(row.getCtaId(), new CtaDedupKey(AccountKey.of(row.getAccountKey()), row.getCtaType(), row.getReason()),
                facts(row), issueKeys, row.getStatus(), Instant.ofEpochMilli(row.getCreatedAt()), snooze,
                instant(row.getClosedAt()), Optional.ofNullable(row.getJiraIssueKey()));
    }
}
