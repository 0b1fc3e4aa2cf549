/** Which account an issue belongs to: the account-matching settings and manual links that win over every rule. */
@NullMarked
package io.successdesk.app.link;

import org.jspecify.annotations.NullMarked;
