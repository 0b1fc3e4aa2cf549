package io.successdesk.domain.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What of one plan is overdue as of a day: open objectives and open tasks due strictly before it, and
 * whether the plan itself has passed its target date while still active.
 */
public record PlanOverdue(LocalDate asOf, List<Objective> objectives, List<PlanTask> tasks, boolean pastTarget) {

    public PlanOverdue {
        Objects.requireNonNull(asOf, "asOf");
        objectives = List.copyOf(objectives);
        tasks = List.copyOf(tasks);
    }

    public static PlanOverdue nothing(LocalDate asOf) {
        return new PlanOverdue(asOf, List.of(), List.of(), false);
    }

    public boolean isEmpty() {
        return objectives.isEmpty() && tasks.isEmpty() && !pastTarget;
    }
}
