@NullMarked
package io.successdesk.domain.value;

import org.jspecify.annotations.NullMarked;
