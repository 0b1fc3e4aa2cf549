@NonNullByDefault
package io.successdesk.jira.config;

import io.successdesk.domain.NonNullByDefault;
