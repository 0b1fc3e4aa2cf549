/** The account-changed path's write side (docs/architecture.md "Account-changed path"): writes mark accounts. */
@NullMarked
package io.successdesk.app.change;

import org.jspecify.annotations.NullMarked;
