package io.successdesk.domain.timeline;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.text.Texts;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A contact between the CSM and the customer, logged by hand: a call, meeting, email, QBR or note.
 *
 * @param id         identity
 * @param account    the account it concerns
 * @param type       how they were in touch
 * @param occurredAt when it happened (not when it was logged)
 * @param summary    what was said or agreed, 1–2000 characters after stripping surrounding whitespace
 * @param sentiment  how it went, when the author said
 * @param author     Jira user key of whoever logged it, 1–255 characters
 */
public record Touchpoint(TouchpointId id, AccountKey account, TouchpointType type, Instant occurredAt, String summary,
                         Optional<Sentiment> sentiment, String author) {

    public static final int MAX_SUMMARY_LENGTH = 2000;
    public static final int MAX_USER_KEY_LENGTH = 255;
    /** How much of the summary's first line a timeline title shows before an ellipsis. */
    static final int TITLE_SUMMARY_LENGTH = 120;

    public Touchpoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        summary = Texts.required(summary, "touchpoint summary", MAX_SUMMARY_LENGTH);
        Objects.requireNonNull(sentiment, "sentiment");
        author = Texts.required(author, "touchpoint author", MAX_USER_KEY_LENGTH);
    }

    /**
     * The timeline line for this touchpoint: reference id = touchpoint id, title = type label and the first
     * line of the summary, cut to {@value #TITLE_SUMMARY_LENGTH} characters with "…" ("Call: Renewal terms agreed").
     */
    public TimelineEntry toTimelineEntry() {
        String firstLine = summary.lines().findFirst().orElse(summary).strip();
        String shown = firstLine.length() > TITLE_SUMMARY_LENGTH
                ? firstLine.substring(0, TITLE_SUMMARY_LENGTH) + "…" : firstLine;
        return TimelineEntry.of(occurredAt, TimelineKind.TOUCHPOINT, id.toString(), type.label() + ": " + shown);
    }
}
