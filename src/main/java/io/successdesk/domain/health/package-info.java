@NonNullByDefault
package io.successdesk.domain.health;

import io.successdesk.domain.NonNullByDefault;
