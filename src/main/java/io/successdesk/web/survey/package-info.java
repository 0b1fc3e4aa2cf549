/** The public SuccessDesk survey page. */
@NonNullByDefault
package io.successdesk.web.survey;

import io.successdesk.domain.NonNullByDefault;
