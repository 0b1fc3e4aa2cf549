/** Account use cases: create, edit, delete and bulk-upsert accounts, over the {@link io.successdesk.app.account.AccountStore} port. */
@NullMarked
package io.successdesk.app.account;

import org.jspecify.annotations.NullMarked;
