/** Dashboard data computed on the server: CSAT and NPS, retention and cohorts, at-risk accounts and renewals. */
@NonNullByDefault
package io.successdesk.rest.metrics;

import io.successdesk.domain.NonNullByDefault;
