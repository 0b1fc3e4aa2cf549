/** The cluster-wide scheduled jobs (daily job, backfill pages) on atlassian-scheduler, guarded by cluster locks. */
@NonNullByDefault
package io.successdesk.jira.job;

import io.successdesk.domain.NonNullByDefault;
