/**
 * The SuccessDesk CSAT survey: signed single-use links emailed on resolution, the public page's verification, rate
 * limits and submission (PRODUCT §7).
 */
@NonNullByDefault
package io.successdesk.app.survey;

import io.successdesk.domain.NonNullByDefault;
