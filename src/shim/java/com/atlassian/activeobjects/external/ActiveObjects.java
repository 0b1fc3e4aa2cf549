/*
 * Compile-only shim of Atlassian's Active Objects plugin API; never packaged (Jira provides the real class). Checked
 * against:
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ActiveObjects.html
 * (interface, imports net.java.ao.{DBParam, EntityStreamCallback, Query, RawEntity} and SAL TransactionCallback) and
 * the method summary of .../apidocs/com/atlassian/activeobjects/internal/EntityManagedActiveObjects.html and
 * .../apidocs/com/atlassian/activeobjects/test/TestActiveObjects.html (same version: count x3, create x2, delete,
 * deleteWithSQL, executeInTransaction, find x4, findWithSQL, flush, flushAll, get x2, migrate, migrateDestructively,
 * moduleMetaData, stream x2). Parameter/return types of find/get/findWithSQL/stream mirror net.java.ao.EntityManager
 * 3.2.3, which the plugin delegates to. Re-checked 2026-12-03 on Jira 11: Atlassian's Jira Slack app
 * (https://github.com/atlassian-labs/atlassian-slack-integration-server @ 94c50dc, built against jira-api 11.0.0 and
 * Platform 8.0.0) calls count, create, delete, deleteWithSQL, find, get and migrate on the injected ActiveObjects
 * (DefaultConfigurationDao.java and siblings). UNVERIFIED on Jira 11.3's AO plugin: executeInTransaction and stream,
 * which SuccessDesk calls and that app does not (believed unchanged; only additions such as bulk create(Class, List)
 * and getFastCountEstimate are known, and are deliberately left out: the safe subset). Status table:
 * docs/shim-evidence.md.
 */
package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

public interface ActiveObjects {

    void migrate(Class<? extends RawEntity<?>>... entities);

    void migrateDestructively(Class<? extends RawEntity<?>>... entities);

    void flushAll();

    void flush(RawEntity<?>... entities);

    <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys);

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query);

    <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql, Object... parameters);

    <T extends RawEntity<K>, K> void stream(Class<T> type, EntityStreamCallback<T, K> streamCallback);

    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback);

    <K> int count(Class<? extends RawEntity<K>> type);

    <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    <T> T executeInTransaction(TransactionCallback<T> callback);

    ActiveObjectsModuleMetaData moduleMetaData();
}
