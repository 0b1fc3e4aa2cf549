@NonNullByDefault
package io.successdesk.domain.value;

import io.successdesk.domain.NonNullByDefault;
