@NonNullByDefault
package io.successdesk.app.security;

import io.successdesk.domain.NonNullByDefault;
