/** Which account an issue belongs to: the account-matching settings and manual links that win over every rule. */
@NonNullByDefault
package io.successdesk.app.link;

import io.successdesk.domain.NonNullByDefault;
