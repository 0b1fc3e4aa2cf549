/** Accounts over REST: list, get, create, update, delete, bulk upsert, import and export. */
@NonNullByDefault
package io.successdesk.rest.account;

import io.successdesk.domain.NonNullByDefault;
