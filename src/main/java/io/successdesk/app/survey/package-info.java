/** The CSAT survey (docs/product.md §7): invitations by mail, the public page, its secret and rate limits. */
@NonNullByDefault
package io.successdesk.app.survey;

import io.successdesk.domain.NonNullByDefault;
