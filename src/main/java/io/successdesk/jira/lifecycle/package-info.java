/** The plugin's start and stop (SAL LifecycleAware): registers the event listener and the job runners. */
package io.successdesk.jira.lifecycle;

