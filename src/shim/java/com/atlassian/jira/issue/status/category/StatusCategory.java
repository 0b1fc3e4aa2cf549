/*
 * Compile-only shim. String getKey() — keys "new", "indeterminate", "done" — used in public Jira plugins
 * (`"done".equals(status.getStatusCategory().getKey())`, code search). Re-checked 2026-12-03 on Jira 11: Atlassian's
 * Jira Slack app (https://github.com/atlassian-labs/atlassian-slack-integration-server @ 94c50dc, built against
 * jira-api 11.0.0 and Platform 8.0.0), SlackMessageResource.java creates an anonymous
 * com.atlassian.jira.issue.status.category.StatusCategory overriding String getKey() (and every other member, as for
 * an interface) against jira-api 11.0.0. Interface (not class) is not stated on a page: UNVERIFIED, low risk. Status
 * table: docs/shim-evidence.md. Never packaged.
 */
package com.atlassian.jira.issue.status.category;

public interface StatusCategory {
    String getKey();
}
