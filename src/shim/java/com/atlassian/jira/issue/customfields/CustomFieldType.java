/*
 * Compile-only shim: only the member SuccessDesk calls. Never packaged. String getKey(), "the full key of the
 * CustomFieldType" (plugin key and module key, e.g. com.atlassian.servicedesk:sd-customer-organizations, the value
 * Jira's REST field schema reports as "custom"). The real interface is generic (CustomFieldType<T, S>); the erased
 * descriptor is the same. UNVERIFIED against a Jira 10/11 javadoc page.
 */
package com.atlassian.jira.issue.customfields;

public interface CustomFieldType {
    String getKey();
}
