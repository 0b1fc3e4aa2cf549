package io.successdesk.app.plan;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.plan.Objective;
import io.successdesk.domain.plan.PlanOverdue;
import io.successdesk.domain.plan.PlanTask;
import io.successdesk.domain.plan.PlanType;
import io.successdesk.domain.plan.SuccessPlan;
import io.successdesk.domain.value.Percentage;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The account's ACTIVE plans as of a day: each plan's progress, open objectives and what is overdue. Feeds
 * the issue panel ("active plan objectives and overdue tasks") and the ONBOARDING_OVERDUE call to action.
 */
public record AccountPlanSummary(AccountKey account, LocalDate asOf, List<ActivePlan> plans) {

    /** One active plan: progress (empty without objectives), objectives not yet achieved or missed, overdue items. */
    public record ActivePlan(SuccessPlan plan, Optional<Percentage> progress, List<Objective> openObjectives,
                             PlanOverdue overdue) {
        public ActivePlan {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(progress, "progress");
            openObjectives = List.copyOf(openObjectives);
            Objects.requireNonNull(overdue, "overdue");
        }

        static ActivePlan of(SuccessPlan plan, LocalDate asOf) {
            return new ActivePlan(plan, plan.progress(),
                    plan.objectives().stream().filter(objective -> !objective.status().isFinal()).toList(),
                    plan.overdue(asOf));
        }
    }

    public AccountPlanSummary {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(asOf, "asOf");
        plans = List.copyOf(plans);
    }

    /** Every overdue task of every active plan. */
    public List<PlanTask> overdueTasks() {
        return plans.stream().flatMap(active -> active.overdue().tasks().stream()).toList();
    }

    /** Whether an active ONBOARDING plan has anything overdue (an objective, a task, or its target date). */
    public boolean onboardingOverdue() {
        return plans.stream().anyMatch(active -> active.plan().type() == PlanType.ONBOARDING && !active.overdue().isEmpty());
    }
}
