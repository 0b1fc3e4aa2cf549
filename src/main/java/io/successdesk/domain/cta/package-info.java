@NonNullByDefault
package io.successdesk.domain.cta;

import io.successdesk.domain.NonNullByDefault;
