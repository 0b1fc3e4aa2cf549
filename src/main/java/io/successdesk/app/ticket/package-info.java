/** Tickets: the ledger and its signals, kept in step with Jira by events, backfill and reconcile. */
@NonNullByDefault
package io.successdesk.app.ticket;

import io.successdesk.domain.NonNullByDefault;
