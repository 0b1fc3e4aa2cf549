@NullMarked
package io.successdesk.domain.cta;

import org.jspecify.annotations.NullMarked;
