/** The ticket ledger's facts about support issues, and the support signals derived from them. */
@NullMarked
package io.successdesk.domain.ticket;

import org.jspecify.annotations.NullMarked;
