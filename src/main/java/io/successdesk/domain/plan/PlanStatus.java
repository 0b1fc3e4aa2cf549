package io.successdesk.domain.plan;

/**
 * Where a success plan is in its life: {@code DRAFT → ACTIVE → COMPLETED | CANCELLED}, and
 * {@code DRAFT → CANCELLED}. COMPLETED and CANCELLED are final; a final plan's objectives and tasks no
 * longer change.
 */
public enum PlanStatus {
    DRAFT, ACTIVE, COMPLETED, CANCELLED;

    /** The legal transitions. */
    public static final Lifecycle<PlanStatus> LIFECYCLE = Lifecycle.of("plan", PlanStatus.class)
            .allow(DRAFT, ACTIVE, CANCELLED)
            .allow(ACTIVE, COMPLETED, CANCELLED);

    public boolean isFinal() {
        return LIFECYCLE.isTerminal(this);
    }
}
