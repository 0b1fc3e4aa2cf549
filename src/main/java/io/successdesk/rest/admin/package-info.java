/** Administration over REST: configuration and the audit log (Jira administrators only). */
@NonNullByDefault
package io.successdesk.rest.admin;

import io.successdesk.domain.NonNullByDefault;
