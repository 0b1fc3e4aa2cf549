/** Voice of the customer over REST: CSAT and NPS ingestion (idempotent by source + external id) and lists. */
@NonNullByDefault
package io.successdesk.rest.voc;

import io.successdesk.domain.NonNullByDefault;
