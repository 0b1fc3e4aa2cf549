/** Who may do what: capabilities, the caller, the access policy and the admin-session guard. */
@NullMarked
package io.successdesk.app.security;

import org.jspecify.annotations.NullMarked;
