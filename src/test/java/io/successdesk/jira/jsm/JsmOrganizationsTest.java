package io.successdesk.jira.jsm;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.plugin.PluginAccessor;
import com.atlassian.servicedesk.api.organization.CustomerOrganization;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class JsmOrganizationsTest {

    private static final String ORGANIZATIONS = "com.atlassian.servicedesk:sd-customer-organizations";

    private final PluginAccessor plugins = mock(PluginAccessor.class);
    private final IssueManager issueManager = mock(IssueManager.class);
    private final CustomFieldManager customFieldManager = mock(CustomFieldManager.class);
    private final MutableIssue issue = mock(MutableIssue.class);

    @Test
    void shouldReadTheIdsOfTheRequestsOrganizationsWhenJsmIsPresent() {
        when(plugins.isPluginEnabled(JsmPresence.JSM_PLUGIN_KEY)).thenReturn(true);
        when(issueManager.getIssueObject(20001L)).thenReturn(issue);
        CustomField organizations = JsmFieldMocks.field(ORGANIZATIONS);
        CustomField other = JsmFieldMocks.field("com.atlassian.jira.plugin.system.customfieldtypes:textfield");
        when(customFieldManager.getCustomFieldObjects()).thenReturn(List.of(other, organizations));
        List<CustomerOrganization> requestOrganizations = List.of(organization(7), organization(12));
        when(organizations.getValue(issue)).thenReturn(requestOrganizations);
        when(other.getValue(issue)).thenReturn("Organizations");

        assertThat(source().organizationIdsOf(20001L)).containsExactly(7L, 12L);
    }

    @Test
    void shouldReadNoOrganizationFromAnEmptyOrUnexpectedValueOrAMissingIssue() {
        when(plugins.isPluginEnabled(JsmPresence.JSM_PLUGIN_KEY)).thenReturn(true);
        when(issueManager.getIssueObject(20001L)).thenReturn(issue);
        CustomField organizations = JsmFieldMocks.field(ORGANIZATIONS);
        when(customFieldManager.getCustomFieldObjects()).thenReturn(List.of(organizations));
        JsmOrganizations source = source();

        when(organizations.getValue(issue)).thenReturn(null);
        assertThat(source.organizationIdsOf(20001L)).isEmpty();
        when(organizations.getValue(issue)).thenReturn(List.of("Acme", 7));
        assertThat(source.organizationIdsOf(20001L)).as("only JSM's public CustomerOrganization counts").isEmpty();
        when(organizations.getValue(issue)).thenReturn("Acme");
        assertThat(source.organizationIdsOf(20001L)).isEmpty();
        assertThat(source.organizationIdsOf(404L)).isEmpty();
    }

    @Test
    void shouldAnswerNoneAndTouchNothingWhenJsmIsAbsent() {
        when(plugins.isPluginEnabled(JsmPresence.JSM_PLUGIN_KEY)).thenReturn(false);

        assertThat(source().organizationIdsOf(20001L)).isEmpty();
        verifyNoInteractions(issueManager, customFieldManager);
    }

    @Test
    void shouldNeverLoadJsmClassesWhenJsmIsAbsent() throws Exception {
        when(plugins.isPluginEnabled(JsmPresence.JSM_PLUGIN_KEY)).thenReturn(false);
        try (JsmSatisfactionReaderTest.RecordingLoader loader = new JsmSatisfactionReaderTest.RecordingLoader(
                getClass().getClassLoader())) {
            Class<?> presence = loader.loadClass(JsmPresence.class.getName());
            Class<?> gateClass = loader.loadClass(JsmOrganizations.class.getName());
            Object gate = gateClass.getConstructors()[0].newInstance(
                    presence.getConstructors()[0].newInstance(plugins), issueManager, customFieldManager);
            Method read = gateClass.getMethod("organizationIdsOf", long.class);

            assertThat(read.invoke(gate, 20001L)).isEqualTo(Set.of());
            assertThat(loader.loaded).contains(JsmOrganizations.class.getName())
                    .noneMatch(name -> name.startsWith("io.successdesk.jira.jsm.present."));
            assertThat(loader.requested).noneMatch(name -> name.startsWith("com.atlassian.servicedesk."));

            when(plugins.isPluginEnabled(JsmPresence.JSM_PLUGIN_KEY)).thenReturn(true);
            when(customFieldManager.getCustomFieldObjects()).thenReturn(List.of());
            when(issueManager.getIssueObject(20001L)).thenReturn(issue);
            read.invoke(gate, 20001L);
            assertThat(loader.loaded).as("the same wiring loads the reader once JSM is there")
                    .contains("io.successdesk.jira.jsm.present.OrganizationFieldReader");
        }
    }

    private JsmOrganizations source() {
        return new JsmOrganizations(new JsmPresence(plugins), issueManager, customFieldManager);
    }

    private static CustomerOrganization organization(int id) {
        CustomerOrganization organization = mock(CustomerOrganization.class);
        when(organization.getId()).thenReturn(id);
        return organization;
    }
}
