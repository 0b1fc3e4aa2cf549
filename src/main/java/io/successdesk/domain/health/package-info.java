@NullMarked
package io.successdesk.domain.health;

import org.jspecify.annotations.NullMarked;
