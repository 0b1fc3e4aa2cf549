package io.successdesk.jira.event;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import io.successdesk.app.config.InMemorySettingsStore;
import io.successdesk.app.ticket.InMemoryReconcileSet;
import io.successdesk.app.ticket.TicketEventDispatcher;
import io.successdesk.app.ticket.TicketEventDispatchers;
import io.successdesk.app.ticket.TicketEventService;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class IssueEventBridgeTest {

    final EventPublisher publisher = mock(EventPublisher.class);
    final InMemoryReconcileSet reconcile = new InMemoryReconcileSet();
    // not started: every submitted id lands in the reconcile set, which makes the hand-over visible
    final TicketEventDispatcher dispatcher = TicketEventDispatchers.of(mock(TicketEventService.class), reconcile, 1, 1);
    final IssueEventBridge bridge = new IssueEventBridge(publisher, InMemorySettingsStore.supporting("SUP"), dispatcher);

    @Test
    void shouldHandSupportProjectIssuesToTheDispatcher() {
        bridge.onIssueEvent(event(41L, "SUP", EventType.ISSUE_CREATED_ID));

        assertThat(reconcile.all()).containsExactly(41L);
    }

    @Test
    void shouldIgnoreOtherProjectsUnlessTheIssueMoved() {
        bridge.onIssueEvent(event(42L, "OPS", EventType.ISSUE_CREATED_ID));
        bridge.onIssueEvent(event(43L, "OPS", EventType.ISSUE_MOVED_ID));

        assertThat(reconcile.all()).containsExactly(43L);
    }

    @Test
    void shouldNeverThrowIntoJira() {
        IssueEvent broken = mock(IssueEvent.class);
        when(broken.getIssue()).thenThrow(new IllegalStateException("lazy load failed"));
        IssueEvent empty = mock(IssueEvent.class);

        assertThatCode(() -> {
            bridge.onIssueEvent(broken);
            bridge.onIssueEvent(empty);
        }).doesNotThrowAnyException();
        assertThat(reconcile.all()).isEmpty();
    }

    @Test
    void shouldRegisterOnStartAndUnregisterOnStop() {
        bridge.register();
        bridge.unregister();

        var order = inOrder(publisher);
        order.verify(publisher).register(bridge);
        order.verify(publisher).unregister(bridge);
    }

    private static IssueEvent event(Long issueId, String projectKey, Long type) {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn(projectKey);
        Issue issue = mock(Issue.class);
        when(issue.getId()).thenReturn(issueId);
        when(issue.getProjectObject()).thenReturn(project);
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(issue);
        when(event.getEventTypeId()).thenReturn(type);
        return event;
    }
}
