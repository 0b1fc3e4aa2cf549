@NonNullByDefault
package io.successdesk.jira.security;

import io.successdesk.domain.NonNullByDefault;
