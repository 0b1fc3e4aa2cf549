/** Active Objects entities of the app (tables {@code AO_xxxxxx_*}); nothing here leaves {@code io.successdesk.store}. */
@NonNullByDefault
package io.successdesk.store.ao;

import io.successdesk.domain.NonNullByDefault;
