package io.successdesk.app.voc;

import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.value.DateWindow;
import io.successdesk.domain.voc.NpsResponse;
import io.successdesk.domain.voc.NpsSummary;

import java.util.Optional;

/** Port: stored NPS responses. */
public interface NpsStore {

    /**
     * Stores a response by its source and external id: a new one is added, one that differs from the stored response
     * replaces it (a correction), an identical repeat changes nothing. Instants are compared at millisecond
     * precision, as stored.
     */
    Upserted<NpsResponse> upsert(NpsResponse response);

    /** {@link #upsert}, answering whether the response was new. */
    default boolean add(NpsResponse response) {
        return upsert(response).outcome() == IngestOutcome.CREATED;
    }

    /**
     * Responses answered inside {@code window} (UTC days), of one account or of all accounts when
     * {@code account} is empty; newest answer first, ties broken by source and external id so pages are stable.
     */
    Page<NpsResponse> responses(Optional<AccountKey> account, DateWindow window, PageRequest page);

    /**
     * Promoters, passives and detractors among the responses answered inside {@code window}, of one account or of
     * all: counted by the store, never by reading whole responses (all accounts: counted in the database).
     */
    NpsSummary summary(Optional<AccountKey> account, DateWindow window);
}
