package io.successdesk.sandbox;

import java.util.List;
import java.util.UUID;

/**
 * Jira Data Center's node registry, as a table in the shared database: each sandbox node joins under its own id on
 * start and leaves on stop. Jira also marks a node that stops sending heartbeats offline; {@link #markOffline} is
 * that step, for a node that went away without leaving. Cluster locks held by an offline node are free again.
 */
final class SandboxNodeRegistry {

    static final String NODES_TABLE = "SBX_CLUSTER_NODE";

    private final SandboxSql sql;
    private final String nodeId;

    private SandboxNodeRegistry(SandboxSql sql, String nodeId) {
        this.sql = sql;
        this.nodeId = nodeId;
    }

    /** Creates the host's tables (idempotent) and joins the cluster as a new node. */
    static SandboxNodeRegistry join(SandboxSql sql, String nodeName) {
        createTables(sql);
        SandboxNodeRegistry node = new SandboxNodeRegistry(sql, nodeName + "-" + UUID.randomUUID().toString().substring(0, 8));
        sql.update("INSERT INTO " + NODES_TABLE + " (NODE_ID, ALIVE, JOINED_AT) VALUES (?, ?, ?)",
                node.nodeId, true, System.currentTimeMillis());
        return node;
    }

    private static void createTables(SandboxSql sql) {
        List.of("CREATE TABLE IF NOT EXISTS " + NODES_TABLE
                        + " (NODE_ID VARCHAR(64) PRIMARY KEY, ALIVE BOOLEAN NOT NULL, JOINED_AT BIGINT NOT NULL)",
                "CREATE TABLE IF NOT EXISTS " + SandboxClusterLockService.TABLE
                        + " (LOCK_NAME VARCHAR(255) PRIMARY KEY, NODE_ID VARCHAR(64), LOCKED_AT BIGINT)",
                "CREATE TABLE IF NOT EXISTS " + SandboxScheduler.JOBS_TABLE + " (JOB_ID VARCHAR(255) PRIMARY KEY,"
                        + " RUNNER_KEY VARCHAR(255) NOT NULL, INTERVAL_MS BIGINT NOT NULL, NEXT_RUN BIGINT NOT NULL,"
                        + " VERSION BIGINT NOT NULL)",
                "CREATE TABLE IF NOT EXISTS " + SandboxScheduler.RUNS_TABLE + " (JOB_ID VARCHAR(255) NOT NULL,"
                        + " NODE_ID VARCHAR(64) NOT NULL, STARTED_AT BIGINT NOT NULL, OUTCOME VARCHAR(4000) NOT NULL)",
                "CREATE TABLE IF NOT EXISTS " + SandboxPluginSettings.TABLE
                        + " (SETTING_KEY VARCHAR(255) PRIMARY KEY, SETTING_VALUE VARCHAR(1000000) NOT NULL)")
                .forEach(sql::update);
    }

    String nodeId() {
        return nodeId;
    }

    /** This node leaves the cluster (a clean stop). */
    void leave() {
        markOffline(nodeId);
    }

    /** What Jira does when a node's heartbeat stops: the node counts as gone and its cluster locks are free. */
    void markOffline(String node) {
        sql.update("UPDATE " + NODES_TABLE + " SET ALIVE = ? WHERE NODE_ID = ?", false, node);
    }
}
