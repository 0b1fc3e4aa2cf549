/** Keeping an account's health and calls to action current: after each change, and by the daily job. */
@NonNullByDefault
package io.successdesk.app.refresh;

import io.successdesk.domain.NonNullByDefault;
