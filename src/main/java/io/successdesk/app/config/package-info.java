@NonNullByDefault
package io.successdesk.app.config;

import io.successdesk.domain.NonNullByDefault;
