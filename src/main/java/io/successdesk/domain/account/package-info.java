@NonNullByDefault
package io.successdesk.domain.account;

import io.successdesk.domain.NonNullByDefault;
