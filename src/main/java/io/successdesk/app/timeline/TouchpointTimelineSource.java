package io.successdesk.app.timeline;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.timeline.TimelineEntry;
import io.successdesk.domain.timeline.TimelinePosition;
import io.successdesk.domain.timeline.Touchpoint;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The touchpoints of an account as a {@link TimelineSource}. */
@Named
public class TouchpointTimelineSource implements TimelineSource {

    private final TouchpointStore touchpoints;

    @Inject
    public TouchpointTimelineSource(TouchpointStore touchpoints) {
        this.touchpoints = Objects.requireNonNull(touchpoints, "touchpoints");
    }

    @Override
    public List<TimelineEntry> entries(AccountKey account, Optional<TimelinePosition> after, int limit) {
        return touchpoints.newestFirst(account, after, limit).stream().map(Touchpoint::toTimelineEntry).toList();
    }
}
