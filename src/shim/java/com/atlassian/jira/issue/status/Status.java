/*
 * Compile-only shim. StatusCategory getStatusCategory(): used as issue.getStatus().getStatusCategory().getKey() in
 * several public Jira plugins (code search); return type package com.atlassian.jira.issue.status.category from
 * memory — UNVERIFIED against a javadoc page. Never packaged.
 */
package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.status.category.StatusCategory;

public interface Status {
    StatusCategory getStatusCategory();
}
