package io.successdesk.rest.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The wire records of touchpoints and the timeline. */
public final class TimelineDtos {

    private TimelineDtos() {
    }

    /** {@code type}: call, meeting, email, qbr, note; {@code sentiment} (optional): positive, neutral, negative. */
    public record TouchpointRequest(String type, Instant occurredAt, String summary, String sentiment) {
    }

    public record TouchpointDto(String id, String accountKey, String type, Instant occurredAt, String summary,
                                String sentiment, String author) {
    }

    /** {@code next} is the cursor of the following (older) page, absent on the last page. */
    public record TouchpointPageDto(List<TouchpointDto> items, String next) {
    }

    /**
     * {@code kind}: ticket, csat, health-change, cta, plan-change, touchpoint; {@code referenceId} names the item;
     * {@code details} what a screen needs to word it (the OpenAPI document lists them per kind).
     */
    public record TimelineEntryDto(Instant at, String kind, String referenceId, String title, Map<String, String> details) {
    }

    public record TimelinePageDto(List<TimelineEntryDto> items, String next) {
    }
}
