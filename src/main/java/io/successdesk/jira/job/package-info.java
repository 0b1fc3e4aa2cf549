/** The cluster-wide scheduled jobs (daily job, backfill pages) on atlassian-scheduler, guarded by cluster locks. */
package io.successdesk.jira.job;

