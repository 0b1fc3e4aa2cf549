@NonNullByDefault
package io.successdesk.jira.user;

import io.successdesk.domain.NonNullByDefault;
