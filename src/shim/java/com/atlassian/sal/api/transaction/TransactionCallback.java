/*
 * Compile-only shim of SAL; never packaged.
 * Checked against: https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/transaction/TransactionCallback.html
 * (interface, single method doInTransaction(), RuntimeException means roll back) and the generic use
 * TransactionCallback<T> in https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/internal/TransactionManager.html
 * (erasure Object doInTransaction() is the same descriptor in both).
 * UNVERIFIED: the SAL version shipped with Jira 11.3 (believed unchanged).
 */
package com.atlassian.sal.api.transaction;

public interface TransactionCallback<T> {

    /** Runs in a transaction; throwing a RuntimeException rolls it back. May return null. */
    T doInTransaction();
}
