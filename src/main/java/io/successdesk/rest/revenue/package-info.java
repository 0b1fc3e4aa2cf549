/** Revenue over REST: ARR history ingestion (financial editors only). */
@NonNullByDefault
package io.successdesk.rest.revenue;

import io.successdesk.domain.NonNullByDefault;
