package io.successdesk.app.voc;

import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.value.DateWindow;
import io.successdesk.domain.voc.NpsResponse;

import java.util.Optional;

/** Port: stored NPS responses. */
public interface NpsStore {

    /**
     * Stores a response unless one with the same source and external id exists; a repeat changes nothing.
     *
     * @return true when the response was new
     */
    boolean add(NpsResponse response);

    /**
     * Responses answered inside {@code window} (UTC days), of one account or of all accounts when
     * {@code account} is empty; newest answer first, ties broken by source and external id so pages are stable.
     */
    Page<NpsResponse> responses(Optional<AccountKey> account, DateWindow window, PageRequest page);
}
