/*
 * Compile-only shim. Checked against https://docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/ClusterLock.html
 * ("public interface ClusterLock extends Lock"; lock()/tryLock()/unlock() inherited from java.util.concurrent.locks.Lock).
 * Never packaged.
 */
package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

public interface ClusterLock extends Lock {
}
