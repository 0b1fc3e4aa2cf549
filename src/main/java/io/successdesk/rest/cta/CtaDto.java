package io.successdesk.rest.cta;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A call to action on the wire; the snooze members only while snoozed, {@code closedAt} once closed. */
public record CtaDto(String id, String accountKey, String type, String reason, String status, String explanation,
                     List<String> triggeringIssueKeys, Instant created, LocalDate snoozedUntil, String snoozeReason,
                     Instant closedAt, String jiraIssueKey) {

    public record PageDto(List<CtaDto> ctas, int offset, int limit, long total) {
    }

    /** Body of a snooze: until a later day, and why. */
    public record SnoozeRequest(LocalDate until, String reason) {
    }
}
