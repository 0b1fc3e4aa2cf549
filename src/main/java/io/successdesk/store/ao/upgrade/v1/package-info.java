/** Frozen entity copies at model version 1, for upgrade tasks only (never registered as {@code <entity>}). */
@NonNullByDefault
package io.successdesk.store.ao.upgrade.v1;

import io.successdesk.domain.NonNullByDefault;
