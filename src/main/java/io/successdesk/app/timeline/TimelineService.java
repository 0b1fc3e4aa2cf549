package io.successdesk.app.timeline;

import io.successdesk.app.InvalidInputException;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.timeline.Timeline;
import io.successdesk.domain.timeline.TimelineEntry;
import io.successdesk.domain.timeline.TimelinePage;
import io.successdesk.domain.timeline.TimelinePosition;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Optional;

/** The account timeline: every {@link TimelineSource} merged newest first, paged by cursor. */
@Named
public class TimelineService {

    private final List<TimelineSource> sources;

    @Inject
    public TimelineService(List<TimelineSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /**
     * One page of the account's timeline.
     *
     * @param cursor a {@link TimelinePosition#token()} from the previous page's {@code next}; empty for the newest page
     * @param limit  page size, 1–{@value Timeline#MAX_PAGE_SIZE}
     * @throws InvalidInputException on field {@code cursor} or {@code limit}
     */
    public TimelinePage page(AccountKey account, Optional<String> cursor, int limit) {
        if (limit < 1 || limit > Timeline.MAX_PAGE_SIZE) {
            throw new InvalidInputException("limit", "must be between 1 and " + Timeline.MAX_PAGE_SIZE);
        }
        Optional<TimelinePosition> after;
        try {
            after = cursor.map(TimelinePosition::parse);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "is not a timeline cursor");
        }
        // one more than the page from each source tells whether an older page exists
        List<List<TimelineEntry>> fetched = sources.stream()
                .map(source -> source.entries(account, after, limit + 1))
                .toList();
        return Timeline.page(fetched, after, limit);
    }
}
