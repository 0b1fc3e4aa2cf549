package io.successdesk.app.timeline;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.timeline.TimelinePosition;
import io.successdesk.domain.timeline.Touchpoint;
import io.successdesk.domain.timeline.TouchpointId;

import java.util.List;
import java.util.Optional;

/** Port: where logged touchpoints are kept. Touchpoints are never edited in place. */
public interface TouchpointStore {

    /** Inserts a new touchpoint. */
    void save(Touchpoint touchpoint);

    Optional<Touchpoint> get(TouchpointId id);

    /**
     * At most {@code limit} of the account's touchpoints, newest first: by {@code occurredAt} descending, then
     * by id text ascending, i.e. in the timeline order of {@link Touchpoint#toTimelineEntry()}. With
     * {@code after}, only those whose timeline position comes strictly after it (the cursor may be of
     * another kind: at an equal instant a TOUCHPOINT follows every other kind).
     */
    List<Touchpoint> newestFirst(AccountKey account, Optional<TimelinePosition> after, int limit);
}
