package io.successdesk.app.voc;

import io.successdesk.app.timeline.TimelineSource;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.timeline.TimelineEntry;
import io.successdesk.domain.timeline.TimelinePosition;
import io.successdesk.domain.voc.CsatResponse;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The account's CSAT answers as a {@link TimelineSource}, one entry per answer when it was given; details:
 * {@code rating} (1–5) and {@code comment} (its first {@value #COMMENT_LENGTH} characters, when there is one).
 */
@Named
public class CsatTimelineSource implements TimelineSource {

    static final int COMMENT_LENGTH = 200;

    private final CsatStore store;

    @Inject
    public CsatTimelineSource(CsatStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public List<TimelineEntry> entries(AccountKey account, Optional<TimelinePosition> after, int limit) {
        return store.newestFirst(account, after, limit).stream().map(CsatTimelineSource::entry).toList();
    }

    private static TimelineEntry entry(CsatResponse response) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("rating", Integer.toString(response.rating().value()));
        response.comment().map(comment -> comment.length() > COMMENT_LENGTH ? comment.substring(0, COMMENT_LENGTH) : comment)
                .ifPresent(comment -> details.put("comment", comment));
        return new TimelineEntry(response.timelinePosition(), "CSAT answer rated " + response.rating().value() + " of 5",
                details);
    }
}
