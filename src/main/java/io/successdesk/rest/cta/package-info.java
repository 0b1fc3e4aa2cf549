/** Calls to action over HTTP: list per account, snooze, close. */
@NonNullByDefault
package io.successdesk.rest.cta;

import io.successdesk.domain.NonNullByDefault;
