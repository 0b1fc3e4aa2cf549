/** Revenue and retention maths over monthly ARR snapshots: GRR, NRR, logo retention, churn, cohorts. */
@NullMarked
package io.successdesk.domain.revenue;

import org.jspecify.annotations.NullMarked;
