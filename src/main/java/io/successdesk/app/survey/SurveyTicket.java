package io.successdesk.app.survey;

import java.util.Objects;

/**
 * The ticket a survey asks about, as the reporter knows it: its key and summary when the link was sent. The page shows
 * it so the customer knows what they rate; it names no account.
 */
public record SurveyTicket(String issueKey, String summary) {

    /** Longest summary kept (Jira's own limit for summaries). */
    public static final int MAX_SUMMARY = 255;

    public SurveyTicket {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(summary, "summary");
        summary = summary.strip();
        if (summary.length() > MAX_SUMMARY) {
            summary = summary.substring(0, MAX_SUMMARY);
        }
    }
}
