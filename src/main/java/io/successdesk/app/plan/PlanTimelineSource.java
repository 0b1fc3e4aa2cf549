package io.successdesk.app.plan;

import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.app.audit.AuditLog;
import io.successdesk.app.audit.AuditSubjects;
import io.successdesk.app.audit.NumberedAuditEntry;
import io.successdesk.app.timeline.TimelineSource;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.timeline.TimelineEntry;
import io.successdesk.domain.timeline.TimelineKind;
import io.successdesk.domain.timeline.TimelinePosition;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The changes to the account's success plans as a {@link TimelineSource}: one entry per audited plan change (created,
 * edited, moved, an objective or task changed), numbered as the audit trail numbers them; details: {@code action}
 * (the audit action, {@code plan.transition} …), {@code planId} and {@code plan} (its title now).
 */
@Named
public class PlanTimelineSource implements TimelineSource {

    private static final int PLANS_PER_READ = PageRequest.MAX_LIMIT;

    private final PlanStore plans;
    private final AuditLog audit;

    @Inject
    public PlanTimelineSource(PlanStore plans, AuditLog audit) {
        this.plans = Objects.requireNonNull(plans, "plans");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    @Override
    public List<TimelineEntry> entries(AccountKey account, Optional<TimelinePosition> after, int limit) {
        Map<String, String> titles = titlesOfPlans(account);
        return audit.newestFirst(new AuditSubjects(PlanService.SUBJECT_PLAN, titles.keySet(), List.of()),
                        TimelineKind.PLAN_CHANGE, after, limit).stream()
                .map(change -> entry(change,
                        titles.getOrDefault(change.entry().subjectId(), change.entry().subjectId())))
                .toList();
    }

    private Map<String, String> titlesOfPlans(AccountKey account) {
        Map<String, String> titles = new HashMap<>();
        Page.forEachItem(PLANS_PER_READ, request -> plans.pageByAccount(account, request),
                plan -> titles.put(plan.id().toString(), plan.title()));
        return titles;
    }

    private static TimelineEntry entry(NumberedAuditEntry change, String planTitle) {
        String action = change.entry().action();
        return new TimelineEntry(change.timelinePosition(TimelineKind.PLAN_CHANGE), planTitle + ": " + action,
                Map.of("action", action, "planId", change.entry().subjectId(), "plan", planTitle));
    }
}
