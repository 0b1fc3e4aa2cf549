/*
 * Compile-only shim of JSM's public organization type. Checked 2026-12-03 against the JSM 10.3.2 javadoc:
 * "@PublicApi public interface CustomerOrganization — Representation of an organization", "int getId()",
 * "String getName()" (https://docs.atlassian.com/jira-servicedesk/10.3.2/com/atlassian/servicedesk/api/organization/CustomerOrganization.html;
 * the same in 10.0.1). Imported with resolution:=optional and only touched in io.successdesk.jira.jsm.present, after
 * JsmPresence said JSM is enabled. Never packaged.
 */
package com.atlassian.servicedesk.api.organization;

public interface CustomerOrganization {
    int getId();

    String getName();
}
