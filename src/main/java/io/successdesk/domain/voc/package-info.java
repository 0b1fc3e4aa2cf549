@NullMarked
package io.successdesk.domain.voc;

import org.jspecify.annotations.NullMarked;
