/** Use cases and the ports they need; orchestrates the domain. Imports java.* and jakarta.inject only. */
@NonNullByDefault
package io.successdesk.app;

import io.successdesk.domain.NonNullByDefault;
