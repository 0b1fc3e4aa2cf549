/** The issue panel and the issue ↔ account link endpoints (issue-scoped: browse permission decides). */
package io.successdesk.rest.panel;

