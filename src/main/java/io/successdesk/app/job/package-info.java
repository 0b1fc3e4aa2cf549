/** The daily job's use case: snapshot every account once a day, reconcile the tickets whose events were missed. */
@NonNullByDefault
package io.successdesk.app.job;

import io.successdesk.domain.NonNullByDefault;
