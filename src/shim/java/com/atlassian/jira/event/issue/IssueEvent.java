/*
 * Compile-only shim: only the members SuccessDesk calls. Checked against
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/event/issue/IssueEvent.html
 * (a class: "public final class IssueEvent extends AbstractEvent implements IssueRelatedEvent"; Issue getIssue(),
 * Long getEventTypeId()) and https://docs.atlassian.com/jira/latest/com/atlassian/jira/event/issue/IssueEventListener.html
 * (the event types). Constructor IssueEvent(Issue, Map, ApplicationUser, Long): used by public plugins built against
 * Jira 9/10 (atlassian-slack-integration-server tests, code search) — only the sandbox and tests construct it.
 * Non-final here so tests can mock it. Never packaged.
 */
package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Map;

public class IssueEvent {
    private final Issue issue;
    private final Long eventTypeId;

    public IssueEvent(Issue issue, Map params, ApplicationUser user, Long eventTypeId) {
        this.issue = issue;
        this.eventTypeId = eventTypeId;
    }

    public Issue getIssue() {
        return issue;
    }

    public Long getEventTypeId() {
        return eventTypeId;
    }
}
