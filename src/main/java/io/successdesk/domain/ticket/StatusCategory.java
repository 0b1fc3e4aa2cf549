package io.successdesk.domain.ticket;

/** Jira's status category of an issue. */
public enum StatusCategory {
    TO_DO, IN_PROGRESS, DONE
}
