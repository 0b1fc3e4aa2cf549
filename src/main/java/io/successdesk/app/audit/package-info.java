/** The audit log port: who changed what, with before and after. */
@NonNullByDefault
package io.successdesk.app.audit;

import io.successdesk.domain.NonNullByDefault;
