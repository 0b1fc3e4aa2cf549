/** The public SuccessDesk survey page. */
package io.successdesk.web.survey;

