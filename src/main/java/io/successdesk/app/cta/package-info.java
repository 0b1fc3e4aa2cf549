/** Calls to action: the rules' context, CTA lifecycle and CTA issues, and their ports. */
@NullMarked
package io.successdesk.app.cta;

import org.jspecify.annotations.NullMarked;
