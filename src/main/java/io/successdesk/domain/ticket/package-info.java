/** The ticket ledger's facts about support issues, and the support signals derived from them. */
@NonNullByDefault
package io.successdesk.domain.ticket;

import io.successdesk.domain.NonNullByDefault;
