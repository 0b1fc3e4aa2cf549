/** The issue panel and the issue ↔ account link endpoints (issue-scoped: browse permission decides). */
@NonNullByDefault
package io.successdesk.rest.panel;

import io.successdesk.domain.NonNullByDefault;
