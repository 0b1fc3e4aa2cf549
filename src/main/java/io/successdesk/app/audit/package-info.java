/** The audit log port: who changed what, with before and after. */
@NullMarked
package io.successdesk.app.audit;

import org.jspecify.annotations.NullMarked;
