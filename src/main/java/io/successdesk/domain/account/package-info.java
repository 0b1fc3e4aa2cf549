@NullMarked
package io.successdesk.domain.account;

import org.jspecify.annotations.NullMarked;
