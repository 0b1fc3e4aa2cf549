/**
 * Touchpoint logging and the merged account timeline: the {@link io.successdesk.app.timeline.TouchpointStore}
 * and {@link io.successdesk.app.timeline.TimelineSource} ports and their use cases.
 */
@NullMarked
package io.successdesk.app.timeline;

import org.jspecify.annotations.NullMarked;
