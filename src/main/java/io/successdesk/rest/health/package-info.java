/** Health inputs over REST: CSM sentiment and custom metrics pushed by integrations. */
@NonNullByDefault
package io.successdesk.rest.health;

import io.successdesk.domain.NonNullByDefault;
