/** Bringing marked accounts current (docs/architecture.md "Account-changed path"): worker and refresh. */
@NullMarked
package io.successdesk.app.refresh;

import org.jspecify.annotations.NullMarked;
