package io.successdesk.app.timeline;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.timeline.TimelineEntry;
import io.successdesk.domain.timeline.TimelinePosition;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a timeline source one entry at a time, each page from the last entry's position, to the end. */
public final class TimelineWalks {

    private TimelineWalks() {
    }

    public static List<TimelineEntry> oneByOne(TimelineSource source, AccountKey account) {
        List<TimelineEntry> walked = new ArrayList<>();
        Optional<TimelinePosition> cursor = Optional.empty();
        for (List<TimelineEntry> page = source.entries(account, cursor, 1); !page.isEmpty();
             page = source.entries(account, cursor, 1)) {
            walked.addAll(page);
            cursor = Optional.of(page.get(0).position());
        }
        return walked;
    }
}
