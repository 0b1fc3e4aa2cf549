/** Jira's issue events, translated to issue ids for the app's ticket event dispatcher. */
@NonNullByDefault
package io.successdesk.jira.event;

import io.successdesk.domain.NonNullByDefault;
