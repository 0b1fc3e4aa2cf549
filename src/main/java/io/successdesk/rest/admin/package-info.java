/** Administration over REST: configuration and the audit log (Jira administrators only). */
package io.successdesk.rest.admin;

