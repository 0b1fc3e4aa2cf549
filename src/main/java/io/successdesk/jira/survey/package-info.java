/** The survey's Jira side: the mail queue, the base URL and the secret in plugin settings. */
@NonNullByDefault
package io.successdesk.jira.survey;

import io.successdesk.domain.NonNullByDefault;
