/** The issue panel (docs/product.md §9) and its stored read model, one {@link PanelSummary} per account. */
@NonNullByDefault
package io.successdesk.app.panel;

import io.successdesk.domain.NonNullByDefault;
