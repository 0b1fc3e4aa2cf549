package io.successdesk.app.health;

import io.successdesk.app.account.AccountStore;
import io.successdesk.app.audit.AuditLog;
import io.successdesk.app.audit.AuditSubjects;
import io.successdesk.app.audit.NumberedAuditEntry;
import io.successdesk.app.timeline.TimelineSource;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.health.HealthBandChange;
import io.successdesk.domain.timeline.TimelineEntry;
import io.successdesk.domain.timeline.TimelineKind;
import io.successdesk.domain.timeline.TimelinePosition;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Changes of the account's health as a {@link TimelineSource}: the days its shown band changed in the daily history
 * (details {@code from}, {@code to} — {@code red}, {@code amber}, {@code green} — and {@code score}; the reference
 * id is the day), and the manual changes the audit
 * trail records — an override set or removed, a custom measure's value entered (details {@code action}; numbered as
 * the trail numbers them). The trail outlives a deleted account, so only entries since the account was created count.
 */
@Named
public class HealthTimelineSource implements TimelineSource {

    private static final String MANUAL_ACTIONS = "health.";

    private final HealthHistory history;
    private final AuditLog audit;
    private final AccountStore accounts;

    @Inject
    public HealthTimelineSource(HealthHistory history, AuditLog audit, AccountStore accounts) {
        this.history = Objects.requireNonNull(history, "history");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
    }

    @Override
    public List<TimelineEntry> entries(AccountKey account, Optional<TimelinePosition> after, int limit) {
        // at most one band change a day, so one more than the page covers a change on the cursor's own day
        Optional<LocalDate> cursorDay = after.map(cursor -> LocalDate.ofInstant(cursor.at(), ZoneOffset.UTC));
        Stream<TimelineEntry> bandChanges = history.bandChanges(account, cursorDay, limit + 1).stream()
                .map(HealthTimelineSource::entry);
        Optional<Instant> created = accounts.get(account).map(Account::createdAt);
        // newest first, so the entries of an earlier account of this key come after every entry of this one
        Stream<TimelineEntry> manualChanges = audit.newestFirst(new AuditSubjects(HealthService.SUBJECT_TYPE,
                        Set.of(account.value()), List.of(MANUAL_ACTIONS)), TimelineKind.HEALTH_CHANGE, after, limit)
                .stream()
                .filter(change -> created.filter(change.entry().at()::isBefore).isEmpty())
                .map(HealthTimelineSource::entry);
        return Stream.concat(bandChanges, manualChanges)
                .filter(entry -> after.map(cursor -> cursor.isFollowedBy(entry.position())).orElse(true))
                .sorted(TimelineEntry.TIMELINE_ORDER)
                .limit(limit)
                .toList();
    }

    private static TimelineEntry entry(HealthBandChange change) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("from", change.from().name().toLowerCase(Locale.ROOT));
        details.put("to", change.to().name().toLowerCase(Locale.ROOT));
        change.score().ifPresent(score -> details.put("score", Long.toString(Math.round(score.value()))));
        return new TimelineEntry(change.timelinePosition(), "Health band changed from " + change.from() + " to "
                + change.to(), details);
    }

    private static TimelineEntry entry(NumberedAuditEntry change) {
        String action = change.entry().action();
        return new TimelineEntry(change.timelinePosition(TimelineKind.HEALTH_CHANGE), "Health changed by hand: " + action,
                Map.of("action", action));
    }
}
