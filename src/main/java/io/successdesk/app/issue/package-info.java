/** Ports onto the host's issues: who may browse an issue, and the plain facts the ledger is built from. */
@NullMarked
package io.successdesk.app.issue;

import org.jspecify.annotations.NullMarked;
