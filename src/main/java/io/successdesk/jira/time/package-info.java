@NonNullByDefault
package io.successdesk.jira.time;

import io.successdesk.domain.NonNullByDefault;
