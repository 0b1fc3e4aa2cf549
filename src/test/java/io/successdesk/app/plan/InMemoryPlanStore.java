package io.successdesk.app.plan;

import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.app.StaleVersionException;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.plan.PlanId;
import io.successdesk.domain.plan.PlanStatus;
import io.successdesk.domain.plan.PlaybookId;
import io.successdesk.domain.plan.PlaybookTemplate;
import io.successdesk.domain.plan.SuccessPlan;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test fake of the {@link PlanStore} port. */
public final class InMemoryPlanStore implements PlanStore {

    private static final Comparator<SuccessPlan> NEWEST_START_FIRST = Comparator
            .comparing(SuccessPlan::startDate).reversed()
            .thenComparing(plan -> plan.id().toString());

    private final Map<PlanId, SuccessPlan> plans = new LinkedHashMap<>();
    private final Map<PlaybookId, PlaybookTemplate> templates = new LinkedHashMap<>();

    @Override
    public synchronized Optional<SuccessPlan> get(PlanId id) {
        return Optional.ofNullable(plans.get(id));
    }

    @Override
    public synchronized Page<SuccessPlan> pageByAccount(AccountKey account, PageRequest page) {
        List<SuccessPlan> all = plans.values().stream()
                .filter(plan -> plan.account().equals(account)).sorted(NEWEST_START_FIRST).toList();
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(from + page.limit(), all.size());
        return Page.of(all.subList(from, to), page, all.size());
    }

    @Override
    public synchronized List<SuccessPlan> byAccountAndStatus(AccountKey account, PlanStatus status) {
        return plans.values().stream()
                .filter(plan -> plan.account().equals(account) && plan.status() == status)
                .sorted(NEWEST_START_FIRST).toList();
    }

    @Override
    public synchronized SuccessPlan save(SuccessPlan plan) {
        long stored = Optional.ofNullable(plans.get(plan.id())).map(SuccessPlan::version).orElse(0L);
        if (stored != plan.version()) {
            throw new StaleVersionException("plan " + plan.id(), plan.version(), stored);
        }
        SuccessPlan saved = plan.withVersion(plan.version() + 1);
        plans.put(saved.id(), saved);
        return saved;
    }

    @Override
    public synchronized Optional<PlaybookTemplate> template(PlaybookId id) {
        return Optional.ofNullable(templates.get(id));
    }

    @Override
    public synchronized List<PlaybookTemplate> templates() {
        return templates.values().stream()
                .sorted(Comparator.comparing((PlaybookTemplate template) -> template.name().toLowerCase(java.util.Locale.ROOT))
                        .thenComparing(template -> template.id().toString()))
                .toList();
    }

    @Override
    public synchronized void saveTemplate(PlaybookTemplate template) {
        templates.put(template.id(), template);
    }

    @Override
    public synchronized void replaceTemplate(PlaybookTemplate next, long expectedVersion) {
        PlaybookTemplate current = templates.get(next.id());
        if (current == null) {
            throw new io.successdesk.app.NotFoundException("playbook " + next.id());
        }
        if (current.version() != expectedVersion) {
            throw new io.successdesk.app.StaleVersionException("playbook " + next.id(), expectedVersion, current.version());
        }
        templates.put(next.id(), next);
    }

    @Override
    public synchronized boolean deleteTemplate(PlaybookId id) {
        return templates.remove(id) != null;
    }
}
