/** The plugin's start and stop (SAL LifecycleAware): registers the event listener and the job runners. */
@NonNullByDefault
package io.successdesk.jira.lifecycle;

import io.successdesk.domain.NonNullByDefault;
