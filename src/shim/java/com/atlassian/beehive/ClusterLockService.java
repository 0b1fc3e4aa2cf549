/*
 * Compile-only shim. Checked against https://docs.atlassian.com/beehive/0.0.6/apidocs/com/atlassian/beehive/ClusterLockService.html
 * ("@PublicApi public interface ClusterLockService"; ClusterLock getLockForName(String lockName)). Never packaged.
 */
package com.atlassian.beehive;

public interface ClusterLockService {
    ClusterLock getLockForName(String lockName);
}
