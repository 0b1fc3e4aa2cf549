/** Adapters to Jira: every Atlassian API call lives below this package, each class implementing an app port or a Jira extension point. */
package io.successdesk.jira;

