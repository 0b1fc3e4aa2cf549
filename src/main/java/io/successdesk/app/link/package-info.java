/** Manual links: an agent or CSM ties an issue to an account by hand; the link wins over every rule. */
@NonNullByDefault
package io.successdesk.app.link;

import io.successdesk.domain.NonNullByDefault;
