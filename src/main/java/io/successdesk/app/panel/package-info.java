/** The issue panel (docs/product.md §9) and its stored read model, one {@link PanelSummary} per account. */
@NullMarked
package io.successdesk.app.panel;

import org.jspecify.annotations.NullMarked;
