/** Calls to action: the rules' context, CTA lifecycle and CTA issues, and their ports. */
@NonNullByDefault
package io.successdesk.app.cta;

import io.successdesk.domain.NonNullByDefault;
