/** What follows a ticket's resolution (docs/product.md §5, §7): CTA closed, JSM rating read, survey sent. */
@NullMarked
package io.successdesk.app.followup;

import org.jspecify.annotations.NullMarked;
