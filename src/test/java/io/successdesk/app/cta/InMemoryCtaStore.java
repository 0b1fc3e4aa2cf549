package io.successdesk.app.cta;

import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.cta.Cta;
import io.successdesk.domain.cta.CtaDedupKey;
import io.successdesk.domain.cta.CtaStatus;
import io.successdesk.domain.timeline.TimelinePosition;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Test fake of the {@link CtaStore} port. */
public final class InMemoryCtaStore implements CtaStore {

    private final Map<String, Cta> byId = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Cta> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<Cta> findActive(CtaDedupKey key) {
        return byId.values().stream().filter(cta -> cta.key().equals(key) && cta.status().isActive()).findFirst();
    }

    @Override
    public synchronized Optional<Cta> findByJiraIssue(String issueKey) {
        return byId.values().stream().filter(cta -> cta.jiraIssueKey().filter(issueKey::equals).isPresent()).findFirst();
    }

    @Override
    public synchronized void save(Cta cta) {
        byId.put(cta.id(), cta);
    }

    @Override
    public synchronized void replace(Cta before, Cta after) {
        Cta stored = byId.get(before.id());
        if (stored == null) {
            throw new io.successdesk.app.NotFoundException("CTA " + before.id());
        }
        if (!stored.equals(before)) {
            throw new io.successdesk.app.ConflictException("status", "CTA " + before.id() + " was changed meanwhile");
        }
        byId.put(after.id(), after);
    }

    @Override
    public synchronized long count(AccountKey account, Set<CtaStatus> statuses) {
        return byId.values().stream().filter(cta -> cta.account().equals(account) && statuses.contains(cta.status())).count();
    }

    @Override
    public synchronized List<Cta> newestFirst(AccountKey account, Optional<TimelinePosition> after, int limit) {
        return byId.values().stream()
                .filter(cta -> cta.account().equals(account))
                .filter(cta -> after.map(cursor -> cursor.isFollowedBy(cta.timelinePosition())).orElse(true))
                .sorted(Comparator.comparing(Cta::timelinePosition))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized Page<Cta> page(AccountKey account, Set<CtaStatus> statuses, PageRequest page) {
        List<Cta> matching = byId.values().stream()
                .filter(cta -> cta.account().equals(account) && statuses.contains(cta.status()))
                .sorted(Comparator.comparing(Cta::created).reversed()).toList();
        int from = Math.min(page.offset(), matching.size());
        int to = Math.min(from + page.limit(), matching.size());
        return Page.of(matching.subList(from, to), page, matching.size());
    }

    public synchronized List<Cta> all() {
        return List.copyOf(byId.values());
    }
}
