/** Ports onto the host's issues: who may browse an issue, and the plain facts the ledger is built from. */
@NonNullByDefault
package io.successdesk.app.issue;

import io.successdesk.domain.NonNullByDefault;
