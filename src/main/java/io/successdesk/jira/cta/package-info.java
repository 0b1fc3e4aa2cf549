/** CTAs as Jira issues: the issue creator behind the app's {@code CtaIssueSink}. */
package io.successdesk.jira.cta;

