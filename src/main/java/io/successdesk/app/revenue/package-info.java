/** Revenue use cases (ARR history ingestion, retention series, cohort matrix) and their storage port. */
@NullMarked
package io.successdesk.app.revenue;

import org.jspecify.annotations.NullMarked;
