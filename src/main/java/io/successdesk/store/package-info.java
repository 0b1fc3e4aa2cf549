/**
 * Active Objects stores, one per aggregate, each implementing an app port. Entities (in {@code store.ao}) are mapped
 * to domain records inside the transaction; no AO proxy leaves this package.
 */
@NonNullByDefault
package io.successdesk.store;

import io.successdesk.domain.NonNullByDefault;
