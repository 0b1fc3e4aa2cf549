/*
 * Compile-only shim; never packaged. Checked against:
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.html
 * (interface: ModelVersion getModelVersion(); void upgrade(ModelVersion currentVersion, ActiveObjects ao)). Re-checked
 * 2026-12-03 on Jira 11: Atlassian's Jira Slack app
 * (https://github.com/atlassian-labs/atlassian-slack-integration-server @ 94c50dc, built against jira-api 11.0.0 and
 * Platform 8.0.0), ProjectConfigurationUpgradeTask001.java implements this interface with both methods (@Override),
 * same parameter and return types. Status table: docs/shim-evidence.md.
 */
package com.atlassian.activeobjects.external;

public interface ActiveObjectsUpgradeTask {

    /** The model version this task upgrades the schema to. */
    ModelVersion getModelVersion();

    /**
     * Upgrades the model from {@code currentVersion}; runs before schema migration, so call {@code ao.migrate(...)}
     * with the versioned entity copies here. A thrown exception stops later tasks; this one is retried next time.
     */
    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
