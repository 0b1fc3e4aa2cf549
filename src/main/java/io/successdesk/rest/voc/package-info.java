/** Voice of the customer over REST: CSAT and NPS ingestion (idempotent by source + external id) and lists. */
package io.successdesk.rest.voc;

