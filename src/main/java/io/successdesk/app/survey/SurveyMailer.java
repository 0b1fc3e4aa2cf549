package io.successdesk.app.survey;

/** Port: sends a plain-text email through Jira's mail queue and outgoing mail server. */
public interface SurveyMailer {

    /** @return false when Jira has no outgoing mail server (nothing queued) */
    boolean send(String to, String subject, String textBody);
}
