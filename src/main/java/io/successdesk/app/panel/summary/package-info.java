/**
 * The issue panel's read model: one {@link io.successdesk.app.panel.summary.PanelSummary} per account and the port
 * that keeps it. A summary records the newest account-change mark it reflects, so a write needs only its mark to make
 * it out of date (docs/architecture.md "Account-changed path").
 */
@NonNullByDefault
package io.successdesk.app.panel.summary;

import io.successdesk.domain.NonNullByDefault;
