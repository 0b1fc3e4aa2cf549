/** Revenue use cases (ARR history ingestion, retention series, cohort matrix) and their storage port. */
@NonNullByDefault
package io.successdesk.app.revenue;

import io.successdesk.domain.NonNullByDefault;
