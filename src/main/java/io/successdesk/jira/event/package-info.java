/** Jira's issue events, translated to issue ids for the app's ticket event dispatcher. */
package io.successdesk.jira.event;

