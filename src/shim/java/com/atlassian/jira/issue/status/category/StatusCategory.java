/*
 * Compile-only shim. String getKey() — keys "new", "indeterminate", "done" — used in public Jira plugins
 * (`"done".equals(status.getStatusCategory().getKey())`, code search). Interface (not class): UNVERIFIED. Never packaged.
 */
package com.atlassian.jira.issue.status.category;

public interface StatusCategory {
    String getKey();
}
