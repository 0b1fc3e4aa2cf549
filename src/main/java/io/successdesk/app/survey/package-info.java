/**
 * The SuccessDesk CSAT survey: signed single-use links emailed on resolution, the public page's verification, rate
 * limits and submission (docs/product.md §7).
 */
@NonNullByDefault
package io.successdesk.app.survey;

import io.successdesk.domain.NonNullByDefault;
