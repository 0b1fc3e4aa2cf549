/** Account health over HTTP: breakdown with deltas, daily history, the CSM's manual override. */
@NonNullByDefault
package io.successdesk.rest.health;

import io.successdesk.domain.NonNullByDefault;
