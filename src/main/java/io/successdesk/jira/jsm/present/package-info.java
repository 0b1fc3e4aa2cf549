/** JSM-dependent readers, loaded only after {@code JsmPresence} said JSM is enabled. */
@NonNullByDefault
package io.successdesk.jira.jsm.present;

import io.successdesk.domain.NonNullByDefault;
