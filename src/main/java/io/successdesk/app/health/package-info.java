/** Account health: effective health, snapshots, distribution, manual inputs, overrides, and their ports. */
@NonNullByDefault
package io.successdesk.app.health;

import io.successdesk.domain.NonNullByDefault;
