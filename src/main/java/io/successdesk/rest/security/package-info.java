@NonNullByDefault
package io.successdesk.rest.security;

import io.successdesk.domain.NonNullByDefault;
