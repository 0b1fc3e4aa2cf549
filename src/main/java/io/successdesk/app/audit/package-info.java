@NonNullByDefault
package io.successdesk.app.audit;

import io.successdesk.domain.NonNullByDefault;
