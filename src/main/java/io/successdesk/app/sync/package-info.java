/**
 * Keeping SuccessDesk in step with Jira: ticket events into the ledger, backfill from Jira, reconciling what was
 * missed, and the refresh of the accounts a change touched.
 */
@NonNullByDefault
package io.successdesk.app.sync;

import io.successdesk.domain.NonNullByDefault;
