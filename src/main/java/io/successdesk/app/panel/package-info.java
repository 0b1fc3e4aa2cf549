/** The issue panel's read model (docs/product.md §9): one read of everything the panel shows. */
@NonNullByDefault
package io.successdesk.app.panel;

import io.successdesk.domain.NonNullByDefault;
