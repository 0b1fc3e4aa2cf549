/** Tickets: the ledger and its signals, kept in step with Jira by events, backfill and reconcile. */
@NullMarked
package io.successdesk.app.ticket;

import org.jspecify.annotations.NullMarked;
