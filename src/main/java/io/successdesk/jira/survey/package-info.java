/** The survey's Jira side: the mail queue, the base URL and the secret in plugin settings. */
package io.successdesk.jira.survey;

