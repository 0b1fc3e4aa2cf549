/** Active Objects entities of the app (tables {@code AO_xxxxxx_*}); nothing here leaves {@code io.successdesk.store}. */
package io.successdesk.store.ao;

