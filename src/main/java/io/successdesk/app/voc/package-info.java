/** Voice-of-the-customer use cases (CSAT and NPS ingestion, summaries, trends) and their storage ports. */
@NullMarked
package io.successdesk.app.voc;

import org.jspecify.annotations.NullMarked;
