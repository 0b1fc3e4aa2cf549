@NonNullByDefault
package io.successdesk.app.cta;

import io.successdesk.domain.NonNullByDefault;
