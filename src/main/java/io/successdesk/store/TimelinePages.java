package io.successdesk.store;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.timeline.TimelinePosition;

import java.util.Objects;
import java.util.Optional;

/** The argument checks every store's timeline page ({@code newestFirst}) makes before it reads. */
final class TimelinePages {

    private TimelinePages() {
    }

    /**
     * @return true when the request asks for no entries (limit 0), so the store answers an empty page unread
     * @throws IllegalArgumentException for a negative limit
     */
    static boolean asksForNone(AccountKey account, Optional<TimelinePosition> after, int limit) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(after, "after");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be 0 or more, got " + limit);
        }
        return limit == 0;
    }
}
