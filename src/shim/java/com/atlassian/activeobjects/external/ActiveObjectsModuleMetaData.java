/*
 * Compile-only shim; never packaged. Checked against:
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjectsModuleMetaData.html
 * (interface; methods and their checked exceptions as listed there). Left out on purpose: DatabaseType
 * getDatabaseType() (would need a shim of com.atlassian.activeobjects.spi.DatabaseType). Not called by SuccessDesk's
 * main code (only the shim's ActiveObjects.moduleMetaData() names it), so nothing links against these members in Jira;
 * unchanged in the AO plugin shipped with Jira 11.3 is UNVERIFIED and harmless.
 */
package com.atlassian.activeobjects.external;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.java.ao.RawEntity;

public interface ActiveObjectsModuleMetaData {

    /** Blocks until the AO schema is initialised. Never call from an upgrade task. */
    void awaitInitialization() throws ExecutionException, InterruptedException;

    void awaitInitialization(long timeout, TimeUnit unit)
            throws InterruptedException, ExecutionException, TimeoutException;

    boolean isInitialized();

    boolean isDataSourcePresent();

    boolean isTablePresent(Class<? extends RawEntity<?>> type);
}
