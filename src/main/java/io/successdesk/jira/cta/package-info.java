/** CTAs as Jira issues: the issue creator behind the app's {@code CtaIssueSink}. */
@NonNullByDefault
package io.successdesk.jira.cta;

import io.successdesk.domain.NonNullByDefault;
