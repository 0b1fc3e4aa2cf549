/** Account use cases: create, edit, delete and bulk-upsert accounts, over the {@link io.successdesk.app.account.AccountStore} port. */
@NonNullByDefault
package io.successdesk.app.account;

import io.successdesk.domain.NonNullByDefault;
