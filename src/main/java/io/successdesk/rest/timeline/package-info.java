/** Touchpoints and the account timeline over REST (docs/product.md §6). */
@NonNullByDefault
package io.successdesk.rest.timeline;

import io.successdesk.domain.NonNullByDefault;
