/**
 * The issue panel's read model: one {@link io.successdesk.app.panel.summary.PanelSummary} per account and the port
 * that keeps it. Depends on the domain only, so the services whose writes change the panel can invalidate it.
 */
@NonNullByDefault
package io.successdesk.app.panel.summary;

import io.successdesk.domain.NonNullByDefault;
