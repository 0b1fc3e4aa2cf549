/**
 * Touchpoint logging and the merged account timeline: the {@link io.successdesk.app.timeline.TouchpointStore}
 * and {@link io.successdesk.app.timeline.TimelineSource} ports and their use cases.
 */
@NonNullByDefault
package io.successdesk.app.timeline;

import io.successdesk.domain.NonNullByDefault;
