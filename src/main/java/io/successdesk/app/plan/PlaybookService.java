package io.successdesk.app.plan;

import io.successdesk.app.NotFoundException;
import io.successdesk.app.audit.AuditEntry;
import io.successdesk.app.audit.AuditLog;
import io.successdesk.domain.plan.PlaybookId;
import io.successdesk.app.Transactions;
import io.successdesk.domain.plan.PlaybookTemplate;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Playbook templates: listed, created or replaced, deleted; every change is audited. Templates belong to no account,
 * so no change here marks one; {@link PlanService#createFromTemplate} turns a template into a plan.
 */
@Named
public class PlaybookService {

    static final String SUBJECT_TEMPLATE = "playbook";

    private final PlanStore plans;
    private final Transactions transactions;
    private final AuditLog audit;
    private final Clock clock;

    @Inject
    public PlaybookService(PlanStore plans, AuditLog audit, Clock clock, Transactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.plans = Objects.requireNonNull(plans, "plans");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public List<PlaybookTemplate> templates() {
        return plans.templates();
    }

    /** Creates or replaces a playbook template (validated by its constructor), with its audit entry. */
    public void saveTemplate(PlaybookTemplate template, String actor) {
        transactions.inTransaction(() -> {
            Optional<PlaybookTemplate> before = plans.template(template.id());
            plans.saveTemplate(template);
            record(actor, before.isPresent() ? "playbook.update" : "playbook.create", template.id(),
                    before.map(PlaybookService::describe), Optional.of(describe(template)));
            return null;
        });
    }

    /**
     * Replaces the template the caller read at {@code expectedVersion} with {@code next} (at the version after it),
     * with its audit entry.
     *
     * @throws NotFoundException     when there is no such template
     * @throws io.successdesk.app.StaleVersionException when it has changed since {@code expectedVersion}
     */
    public void replaceTemplate(PlaybookTemplate next, long expectedVersion, String actor) {
        transactions.inTransaction(() -> {
            PlaybookTemplate before = plans.template(next.id())
                    .orElseThrow(() -> new NotFoundException("playbook " + next.id()));
            plans.replaceTemplate(next, expectedVersion);
            record(actor, "playbook.update", next.id(), Optional.of(describe(before)), Optional.of(describe(next)));
            return null;
        });
    }

    /** @throws NotFoundException when there is no such template */
    public void deleteTemplate(PlaybookId id, String actor) {
        transactions.inTransaction(() -> {
            PlaybookTemplate before = plans.template(id).orElseThrow(() -> new NotFoundException("playbook " + id));
            plans.deleteTemplate(id);
            record(actor, "playbook.delete", id, Optional.of(describe(before)), Optional.empty());
            return null;
        });
    }

    private void record(String actor, String action, PlaybookId id, Optional<String> before, Optional<String> after) {
        audit.record(new AuditEntry(clock.instant(), actor, action, SUBJECT_TEMPLATE, id.toString(), before, after));
    }

    static String describe(PlaybookTemplate template) {
        return "name=" + template.name() + "; type=" + template.type() + "; durationDays=" + template.durationDays()
                + "; objectives=" + template.objectives().size() + "; tasks=" + template.tasks().size();
    }
}
