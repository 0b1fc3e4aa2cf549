/** Collecting per-field problems in caller input before a use case touches the domain. */
@NonNullByDefault
package io.successdesk.app.validation;

import io.successdesk.domain.NonNullByDefault;
