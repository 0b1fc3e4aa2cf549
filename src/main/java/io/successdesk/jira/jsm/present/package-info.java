/** JSM-dependent readers, loaded only after {@code JsmPresence} said JSM is enabled. */
package io.successdesk.jira.jsm.present;

