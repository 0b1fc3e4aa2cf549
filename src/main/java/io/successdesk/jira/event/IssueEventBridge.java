package io.successdesk.jira.event;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.successdesk.app.config.SettingsStore;
import io.successdesk.app.ticket.TicketEventDispatcher;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Listens to Jira's issue events on the thread that publishes them and only translates: an event on an issue of a
 * support project (or a move, which may take an issue out of one) becomes its issue id, handed to the app's
 * bounded {@link TicketEventDispatcher}. Never blocks, never throws into Jira. Registered and unregistered by the
 * plugin's lifecycle.
 */
@Named
public class IssueEventBridge {

    private static final Logger LOG = LoggerFactory.getLogger(IssueEventBridge.class);

    private final EventPublisher eventPublisher;
    private final SettingsStore settings;
    private final TicketEventDispatcher dispatcher;

    @Inject
    public IssueEventBridge(@ComponentImport EventPublisher eventPublisher, SettingsStore settings,
                            TicketEventDispatcher dispatcher) {
        this.eventPublisher = eventPublisher;
        this.settings = settings;
        this.dispatcher = dispatcher;
    }

    public void register() {
        dispatcher.start();
        eventPublisher.register(this);
    }

    public void unregister() {
        eventPublisher.unregister(this);
        dispatcher.stop();
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        try {
            Issue issue = event.getIssue();
            Project project = issue == null ? null : issue.getProjectObject();
            if (project == null || issue.getId() == null) {
                return;
            }
            boolean moved = EventType.ISSUE_MOVED_ID.equals(event.getEventTypeId());
            if (moved || concerns(project.getKey())) {
                dispatcher.submit(issue.getId());
            }
        } catch (RuntimeException e) {
            LOG.warn("SuccessDesk ignored an issue event it could not read", e);
        }
    }

    /**
     * Whether issues of the project are support or CTA issues; true when the settings cannot be read (the database is
     * down): the worker reads the issue and the settings again and drops it if it is neither.
     */
    private boolean concerns(String projectKey) {
        try {
            var config = settings.load();
            return config.isSupportProject(projectKey)
                    || config.ctaProject().map(cta -> cta.projectKey().equals(projectKey)).orElse(false);
        } catch (RuntimeException unreadable) {
            return true;
        }
    }
}
