/** Voice-of-the-customer use cases (CSAT and NPS ingestion, summaries, trends) and their storage ports. */
@NonNullByDefault
package io.successdesk.app.voc;

import io.successdesk.domain.NonNullByDefault;
