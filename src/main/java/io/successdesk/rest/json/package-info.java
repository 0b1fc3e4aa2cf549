@NonNullByDefault
package io.successdesk.rest.json;

import io.successdesk.domain.NonNullByDefault;
