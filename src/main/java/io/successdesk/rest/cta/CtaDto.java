package io.successdesk.rest.cta;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A call to action on the wire; the snooze members only while snoozed, {@code closedAt} once closed. Why it exists is
 * {@code reason} + {@code facts} (see {@link CtaFactsJson}), never a sentence: clients word it at view time.
 */
public record CtaDto(String id, String accountKey, String type, String reason, String status, Map<String, Object> facts,
                     List<String> triggeringIssueKeys, Instant created, LocalDate snoozedUntil, String snoozeReason,
                     Instant closedAt, String jiraIssueKey) {

    public record PageDto(List<CtaDto> ctas, int offset, int limit, long total) {
    }

    /** Body of a snooze: until a later day, and why. */
    public record SnoozeRequest(LocalDate until, String reason) {
    }

    public record CloseRequest(String reason) {
    }
}
