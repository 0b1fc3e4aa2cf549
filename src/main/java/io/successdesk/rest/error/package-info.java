@NonNullByDefault
package io.successdesk.rest.error;

import io.successdesk.domain.NonNullByDefault;
