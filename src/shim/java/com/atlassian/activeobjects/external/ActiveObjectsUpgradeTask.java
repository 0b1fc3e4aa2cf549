/*
 * Compile-only shim; never packaged.
 * Checked against: https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.html
 * (interface: ModelVersion getModelVersion(); void upgrade(ModelVersion currentVersion, ActiveObjects ao)).
 * UNVERIFIED: unchanged in the AO plugin shipped with Jira 11.3.
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
