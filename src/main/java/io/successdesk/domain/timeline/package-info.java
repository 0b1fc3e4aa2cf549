/**
 * The account timeline: touchpoints a CSM logs, and the newest-first merge of everything that happened to an
 * account (tickets, CSAT, health changes, CTAs, plan changes, touchpoints) with cursor paging by time.
 */
@NullMarked
package io.successdesk.domain.timeline;

import org.jspecify.annotations.NullMarked;
