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

import java.util.List;
import java.util.Optional;

/**
 * Port: where success plans (with their objectives and tasks, saved as one unit) and playbook templates
 * are kept. Plan ids are UUIDs chosen by the caller, not by the store.
 */
public interface PlanStore {

    Optional<SuccessPlan> get(PlanId id);

    /** The account's plans, newest start date first, ties by id; total = all the account's plans. */
    Page<SuccessPlan> pageByAccount(AccountKey account, PageRequest page);

    /** The account's plans in one status (few per account), newest start date first, ties by id. */
    List<SuccessPlan> byAccountAndStatus(AccountKey account, PlanStatus status);

    /**
     * Saves the whole plan if nobody saved it since it was read, and returns it with its new version.
     * The plan's {@link SuccessPlan#version()} is the version the caller read: 0 means "new, must not exist
     * yet"; otherwise the stored version must equal it. The saved plan carries version + 1.
     *
     * @throws StaleVersionException when the stored version differs (or a "new" plan already exists)
     */
    SuccessPlan save(SuccessPlan plan);

    Optional<PlaybookTemplate> template(PlaybookId id);

    /** All templates, by name (case-insensitive), then id. */
    List<PlaybookTemplate> templates();

    /** Inserts the template or replaces the one with the same id, whatever its version. */
    void saveTemplate(PlaybookTemplate template);

    /**
     * Replaces the stored template with {@code next} only if it is still at {@code expectedVersion}.
     *
     * @throws io.successdesk.app.NotFoundException     when there is no such template
     * @throws io.successdesk.app.StaleVersionException when it is at another version
     */
    void replaceTemplate(PlaybookTemplate next, long expectedVersion);

    /** Removes the template; plans created from it are unaffected. @return whether it existed */
    boolean deleteTemplate(PlaybookId id);
}
