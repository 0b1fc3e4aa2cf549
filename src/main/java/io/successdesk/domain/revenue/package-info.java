/** Revenue and retention maths over monthly ARR snapshots: GRR, NRR, logo retention, churn, cohorts. */
@NonNullByDefault
package io.successdesk.domain.revenue;

import io.successdesk.domain.NonNullByDefault;
