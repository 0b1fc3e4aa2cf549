@NonNullByDefault
package io.successdesk.domain.voc;

import io.successdesk.domain.NonNullByDefault;
