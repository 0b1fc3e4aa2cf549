/** Checks shared by domain types that hold user-entered text (titles, summaries, user keys). */
@NullMarked
package io.successdesk.domain.text;

import org.jspecify.annotations.NullMarked;
