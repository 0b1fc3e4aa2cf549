/** Checks shared by domain types that hold user-entered text (titles, summaries, user keys). */
@NonNullByDefault
package io.successdesk.domain.text;

import io.successdesk.domain.NonNullByDefault;
