@NonNullByDefault
package io.successdesk.jira.panel;

import io.successdesk.domain.NonNullByDefault;
