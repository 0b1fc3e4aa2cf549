package io.successdesk.app.cta;

import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.app.audit.AuditLog;
import io.successdesk.app.audit.AuditSubjects;
import io.successdesk.app.audit.NumberedAuditEntry;
import io.successdesk.app.timeline.TimelineSource;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.cta.Cta;
import io.successdesk.domain.cta.CtaStatus;
import io.successdesk.domain.timeline.TimelineEntry;
import io.successdesk.domain.timeline.TimelineKind;
import io.successdesk.domain.timeline.TimelinePosition;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The account's calls to action as a {@link TimelineSource}: one entry per CTA when it was opened (named by the CTA
 * id; details {@code reason} and {@code status} as the REST API names them: {@code entered-red}, {@code snoozed} …)
 * and one per later step the audit trail records — snoozed, woken, reopened, closed by hand, by its resolved issue or
 * because its condition ended (named by the trail's number; details {@code action}, e.g. {@code cta.snooze}, and
 * {@code reason}).
 */
@Named
public class CtaTimelineSource implements TimelineSource {

    private static final List<String> STEPS = List.of("cta.snooze", "cta.wake", "cta.reopen", "cta.close");
    private static final int CTAS_PER_READ = PageRequest.MAX_LIMIT;

    private final CtaStore store;
    private final AuditLog audit;

    @Inject
    public CtaTimelineSource(CtaStore store, AuditLog audit) {
        this.store = Objects.requireNonNull(store, "store");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public List<TimelineEntry> entries(AccountKey account, Optional<TimelinePosition> after, int limit) {
        Stream<TimelineEntry> opened = store.newestFirst(account, after, limit).stream().map(CtaTimelineSource::opened);
        Map<String, String> reasons = reasonsOfCtas(account);
        Stream<TimelineEntry> steps = audit.newestFirst(new AuditSubjects(CtaService.SUBJECT_TYPE, reasons.keySet(), STEPS),
                        TimelineKind.CTA, after, limit).stream()
                .map(step -> step(step, reasons.getOrDefault(step.entry().subjectId(), "")));
        return Stream.concat(opened, steps).sorted(TimelineEntry.TIMELINE_ORDER).limit(limit).toList();
    }

    private Map<String, String> reasonsOfCtas(AccountKey account) {
        Map<String, String> reasons = new HashMap<>();
        Page.forEachItem(CTAS_PER_READ, request -> store.page(account, EnumSet.allOf(CtaStatus.class), request),
                cta -> reasons.put(cta.id(), wireName(cta.key().reason())));
        return reasons;
    }

    private static TimelineEntry opened(Cta cta) {
        String reason = wireName(cta.key().reason());
        return new TimelineEntry(cta.timelinePosition(), "Call to action opened: " + reason,
                Map.of("reason", reason, "status", wireName(cta.status())));
    }

    private static TimelineEntry step(NumberedAuditEntry step, String reason) {
        String action = step.entry().action();
        return new TimelineEntry(step.timelinePosition(TimelineKind.CTA), "Call to action " + reason + ": " + action,
                Map.of("action", action, "reason", reason));
    }

    private static String wireName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
