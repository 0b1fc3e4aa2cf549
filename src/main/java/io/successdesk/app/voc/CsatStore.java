package io.successdesk.app.voc;

import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.value.DateWindow;
import io.successdesk.domain.voc.CsatResponse;

import java.util.List;

/** Port: stored CSAT responses and their daily per-rating rollups. */
public interface CsatStore {

    /**
     * Stores a response unless one with the same source and external id exists; a repeat leaves the stored response
     * untouched. The daily rollup of the response's answer day, account and project grows by one.
     *
     * @return true when the response was new
     */
    boolean add(CsatResponse response);

    /**
     * Per-rating counts per day (UTC answer day), account and project for the days in {@code window} that match the
     * filter. Days without answers may be absent; one row per (day, account, project).
     */
    List<CsatDailyRollup> dailyRollups(DateWindow window, CsatFilter filter);

    /** An account's responses, newest answer first. */
    Page<CsatResponse> responsesOf(AccountKey account, PageRequest page);
}
