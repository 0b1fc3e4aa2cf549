package io.successdesk.app.change;

import io.successdesk.domain.account.AccountKey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test fake of the {@link AccountChangeLog} port with the store's semantics: one entry per mark, ids ascending. */
public final class InMemoryAccountChangeLog implements AccountChangeLog {

    private record Mark(long id, AccountKey account) {
    }

    private final List<Mark> marks = new ArrayList<>();
    private final List<AccountKey> history = new ArrayList<>();
    private long nextId = 1;

    @Override
    public synchronized void mark(AccountKey account) {
        marks.add(new Mark(nextId++, account));
        history.add(account);
    }

    @Override
    public synchronized List<Pending> pending(int limit) {
        Map<AccountKey, Long> newest = new LinkedHashMap<>();
        for (Mark mark : marks) {
            if (newest.size() < limit || newest.containsKey(mark.account())) {
                newest.merge(mark.account(), mark.id(), Math::max);
            }
        }
        List<Pending> pending = new ArrayList<>();
        newest.forEach((account, upTo) -> pending.add(new Pending(account, upTo)));
        return pending;
    }

    @Override
    public synchronized void done(Pending pending) {
        marks.removeIf(mark -> mark.account().equals(pending.account()) && mark.id() <= pending.upTo());
    }

    @Override
    public synchronized long newestMark(AccountKey account) {
        return marks.stream().filter(mark -> mark.account().equals(account)).mapToLong(Mark::id).max().orElse(0);
    }

    /** The accounts with a mark, in the order they were first marked. */
    public synchronized List<AccountKey> marked() {
        return pending(MAX_PENDING).stream().map(Pending::account).toList();
    }

    /** Every mark ever made (until {@link #clear}), in order, repeats included. */
    public synchronized List<AccountKey> history() {
        return List.copyOf(history);
    }

    public synchronized void clear() {
        marks.clear();
        history.clear();
    }
}
