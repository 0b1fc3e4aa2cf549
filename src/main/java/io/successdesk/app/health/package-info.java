@NonNullByDefault
package io.successdesk.app.health;

import io.successdesk.domain.NonNullByDefault;
