/** Bringing marked accounts current (docs/architecture.md "Account-changed path"): worker and refresh. */
@NonNullByDefault
package io.successdesk.app.refresh;

import io.successdesk.domain.NonNullByDefault;
