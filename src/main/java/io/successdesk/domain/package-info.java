/** The SuccessDesk domain: pure Java, no framework types. */
@NullMarked
package io.successdesk.domain;

import org.jspecify.annotations.NullMarked;
