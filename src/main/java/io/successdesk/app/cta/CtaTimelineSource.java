package io.successdesk.app.cta;

import io.successdesk.app.timeline.TimelineSource;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.cta.Cta;
import io.successdesk.domain.timeline.TimelineEntry;
import io.successdesk.domain.timeline.TimelinePosition;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The account's calls to action as a {@link TimelineSource}, one entry per CTA when it was opened; details:
 * {@code reason} and {@code status} as the REST API names them ({@code entered-red}, {@code snoozed} …).
 */
@Named
public class CtaTimelineSource implements TimelineSource {

    private final CtaStore store;

    @Inject
    public CtaTimelineSource(CtaStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public List<TimelineEntry> entries(AccountKey account, Optional<TimelinePosition> after, int limit) {
        return store.newestFirst(account, after, limit).stream().map(CtaTimelineSource::entry).toList();
    }

    private static TimelineEntry entry(Cta cta) {
        String reason = wireName(cta.key().reason());
        return new TimelineEntry(cta.timelinePosition(), "Call to action opened: " + reason,
                Map.of("reason", reason, "status", wireName(cta.status())));
    }

    private static String wireName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
