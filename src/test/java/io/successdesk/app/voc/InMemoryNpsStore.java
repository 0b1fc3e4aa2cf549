package io.successdesk.app.voc;

import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.value.DateWindow;
import io.successdesk.domain.voc.NpsResponse;
import io.successdesk.domain.voc.NpsSummary;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test fake of the {@link NpsStore} port. */
public final class InMemoryNpsStore implements NpsStore {

    private final Map<String, NpsResponse> responsesByKey = new LinkedHashMap<>();

    @Override
    public synchronized Upserted<NpsResponse> upsert(NpsResponse response) {
        NpsResponse previous = responsesByKey.put(response.source() + ":" + response.externalId(), response);
        if (previous == null) {
            return Upserted.created();
        }
        return previous.equals(response) ? Upserted.unchanged(previous) : Upserted.updated(previous);
    }

    @Override
    public synchronized Page<NpsResponse> responses(Optional<AccountKey> account, DateWindow window, PageRequest page) {
        List<NpsResponse> matching = responsesByKey.values().stream()
                .filter(response -> account.map(response.account()::equals).orElse(true))
                .filter(response -> window.contains(response.answeredAt()))
                .sorted(Comparator.comparing(NpsResponse::answeredAt).reversed()
                        .thenComparing(NpsResponse::source).thenComparing(NpsResponse::externalId))
                .toList();
        int from = Math.min(page.offset(), matching.size());
        int to = Math.min(from + page.limit(), matching.size());
        return Page.of(matching.subList(from, to), page, matching.size());
    }

    @Override
    public synchronized NpsSummary summary(Optional<AccountKey> account, DateWindow window) {
        return NpsSummary.ofResponses(responsesByKey.values().stream()
                .filter(response -> account.map(response.account()::equals).orElse(true)).toList(), window);
    }

    public synchronized int size() {
        return responsesByKey.size();
    }
}
