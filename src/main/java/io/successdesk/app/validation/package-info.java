/** Collecting per-field problems in caller input before a use case touches the domain. */
@NullMarked
package io.successdesk.app.validation;

import org.jspecify.annotations.NullMarked;
