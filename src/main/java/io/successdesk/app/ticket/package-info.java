/** The ticket ledger port and the support-signals use case. */
@NonNullByDefault
package io.successdesk.app.ticket;

import io.successdesk.domain.NonNullByDefault;
