/*
 * Compile-only shim of SAL; never packaged. Checked against:
 * https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/transaction/TransactionCallback.html
 * (interface, single method doInTransaction(), RuntimeException means roll back) and the generic use
 * TransactionCallback<T> in
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/internal/TransactionManager.html
 * (erasure Object doInTransaction() is the same descriptor in both). Re-checked 2026-12-03 on Platform 8: Atlassian's
 * Jira Slack app (https://github.com/atlassian-labs/atlassian-slack-integration-server @ 94c50dc, built against
 * jira-api 11.0.0 and Platform 8.0.0) (bitbucket-slack-server-integration-plugin TestUtil.java) calls
 * op.doInTransaction() on a com.atlassian.sal.api.transaction.TransactionCallback. Status table:
 * docs/shim-evidence.md.
 */
package com.atlassian.sal.api.transaction;

public interface TransactionCallback<T> {

    /** Runs in a transaction; throwing a RuntimeException rolls it back. May return null. */
    T doInTransaction();
}
