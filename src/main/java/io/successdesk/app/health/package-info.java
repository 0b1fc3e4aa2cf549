/** Account health: effective health, snapshots, distribution, manual inputs, overrides, and their ports. */
@NullMarked
package io.successdesk.app.health;

import org.jspecify.annotations.NullMarked;
