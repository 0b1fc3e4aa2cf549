/** What the admin page reads from Jira: the projects and groups its pickers offer. */
package io.successdesk.jira.admin;
