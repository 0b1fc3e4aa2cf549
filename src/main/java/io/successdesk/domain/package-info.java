/** The SuccessDesk domain: pure Java, no framework types. */
@NonNullByDefault
package io.successdesk.domain;
