/** The CSAT survey (docs/product.md §7): invitations by mail, the public page, its secret and rate limits. */
@NullMarked
package io.successdesk.app.survey;

import org.jspecify.annotations.NullMarked;
