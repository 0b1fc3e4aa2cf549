package io.successdesk.app.timeline;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.timeline.TimelineEntry;
import io.successdesk.domain.timeline.TimelinePosition;

import java.util.List;
import java.util.Optional;

/**
 * Port: one kind of account history (tickets, CSAT, health changes, CTAs, plan changes, touchpoints) as
 * timeline entries. An adapter must honour the timeline order of {@link TimelinePosition} exactly, including
 * its tie-break, and give each entry of its kind a reference id unique within the account.
 */
public interface TimelineSource {

    /**
     * At most {@code limit} of the account's entries that come strictly after {@code after} (all when empty),
     * in timeline order: newest first, then kind, then reference id.
     */
    List<TimelineEntry> entries(AccountKey account, Optional<TimelinePosition> after, int limit);
}
