package io.successdesk.app.cta;

import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.cta.Cta;
import io.successdesk.domain.cta.CtaDedupKey;
import io.successdesk.domain.cta.CtaStatus;
import io.successdesk.domain.timeline.TimelinePosition;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port: calls to action kept by the app. */
public interface CtaStore {

    Optional<Cta> find(String id);

    /** The open or snoozed CTA with this key, if any (there is at most one). */
    Optional<Cta> findActive(CtaDedupKey key);

    /** The CTA whose Jira issue has this key, if any (at most one: each CTA gets its own issue). */
    Optional<Cta> findByJiraIssue(String issueKey);

    /** Inserts the CTA, or replaces the stored one with the same id. */
    void save(Cta cta);

    /**
     * Replaces the stored CTA {@code before} with {@code after} (same id), only if it is still {@code before}: a
     * change computed from a read that another writer has overtaken is refused, never written over theirs.
     *
     * @throws io.successdesk.app.NotFoundException when there is no such CTA
     * @throws io.successdesk.app.ConflictException when the stored CTA is no longer {@code before}
     */
    void replace(Cta before, Cta after);

    /** The account's CTAs in any of the statuses, newest (by creation) first. */
    Page<Cta> page(AccountKey account, Set<CtaStatus> statuses, PageRequest page);

    /**
     * At most {@code limit} of the account's CTAs, in any status, strictly after {@code after} in timeline order
     * ({@link Cta#timelinePosition()}), creation times to the millisecond.
     */
    List<Cta> newestFirst(AccountKey account, Optional<TimelinePosition> after, int limit);

    /** How many of the account's CTAs are in the given statuses: one count, no rows read. */
    long count(AccountKey account, Set<CtaStatus> statuses);
}
