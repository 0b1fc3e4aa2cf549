/**
 * The one account-changed path (docs/architecture.md "Account-changed path"): every write that changes what an
 * account shows runs through {@link io.successdesk.app.change.AccountChanges}, which marks the account durably in
 * the write's own transaction; {@code AccountChangeProcessor} (app.refresh) brings marked accounts
 * current (health, CTAs, panel summary).
 */
@NonNullByDefault
package io.successdesk.app.change;

import io.successdesk.domain.NonNullByDefault;
