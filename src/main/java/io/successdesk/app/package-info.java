/** Use cases and the ports they need; orchestrates the domain. Imports java.* and jakarta.inject only. */
@NullMarked
package io.successdesk.app;

import org.jspecify.annotations.NullMarked;
