/** The daily job's use case: snapshot every account once a day, reconcile the tickets whose events were missed. */
@NullMarked
package io.successdesk.app.job;

import org.jspecify.annotations.NullMarked;
