/** The account-changed path's write side (docs/architecture.md "Account-changed path"): writes mark accounts. */
@NonNullByDefault
package io.successdesk.app.change;

import io.successdesk.domain.NonNullByDefault;
