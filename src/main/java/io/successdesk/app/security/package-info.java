/** Who may do what: capabilities, the caller, the access policy and the admin-session guard. */
@NonNullByDefault
package io.successdesk.app.security;

import io.successdesk.domain.NonNullByDefault;
