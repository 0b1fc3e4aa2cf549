package io.successdesk.jira.jsm;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.plugin.PluginAccessor;
import io.successdesk.app.voc.JsmSatisfaction;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

class JsmSatisfactionReaderTest {

    private final PluginAccessor plugins = mock(PluginAccessor.class);
    private final IssueManager issueManager = mock(IssueManager.class);
    private final CustomFieldManager customFieldManager = mock(CustomFieldManager.class);

    @Test
    void shouldAnswerEmptyAndTouchNothingWhenJsmIsAbsent() {
        when(plugins.isPluginEnabled(JsmPresence.JSM_PLUGIN_KEY)).thenReturn(false);

        assertThat(new JsmSatisfactionReader(new JsmPresence(plugins), issueManager, customFieldManager).read(20001L)).isEmpty();
        verifyNoInteractions(issueManager, customFieldManager);
    }

    @Test
    void shouldNeverLoadTheJsmDependentClassesWhenJsmIsAbsent() throws Exception {
        when(plugins.isPluginEnabled(JsmPresence.JSM_PLUGIN_KEY)).thenReturn(false);
        try (RecordingLoader loader = new RecordingLoader(getClass().getClassLoader())) {
            Class<?> presence = loader.loadClass(JsmPresence.class.getName());
            Class<?> reader = loader.loadClass(JsmSatisfactionReader.class.getName());
            Object gate = reader.getConstructors()[0].newInstance(
                    presence.getConstructors()[0].newInstance(plugins), issueManager, customFieldManager);
            Method read = reader.getMethod("read", long.class);

            assertThat(read.invoke(gate, 20001L)).isEqualTo(Optional.empty());
            assertThat(loader.loaded).as("classes defined by the isolated loader").contains(JsmSatisfactionReader.class.getName())
                    .noneMatch(name -> name.startsWith("io.successdesk.jira.jsm.present."))
                    .noneMatch(name -> name.startsWith("com.atlassian.servicedesk."));
            assertThat(loader.requested).noneMatch(name -> name.startsWith("com.atlassian.servicedesk."));

            when(plugins.isPluginEnabled(JsmPresence.JSM_PLUGIN_KEY)).thenReturn(true);
            read.invoke(gate, 20001L);
            assertThat(loader.loaded).as("the same wiring loads them once JSM is there")
                    .anyMatch(name -> name.startsWith("io.successdesk.jira.jsm.present."));
        }
    }

    @Test
    void shouldReadTheSatisfactionFieldWhenJsmIsPresent() {
        when(plugins.isPluginEnabled(JsmPresence.JSM_PLUGIN_KEY)).thenReturn(true);
        MutableIssue issue = mock(MutableIssue.class);
        when(issueManager.getIssueObject(20001L)).thenReturn(issue);
        CustomField field = JsmFieldMocks.field("com.atlassian.servicedesk:sd-request-feedback");
        CustomField renamed = JsmFieldMocks.field("com.atlassian.jira.plugin.system.customfieldtypes:float");
        when(customFieldManager.getCustomFieldObjects()).thenReturn(List.of(renamed, field));
        when(field.getValue(issue)).thenReturn(new FeedbackLike(4, "fast"));
        when(renamed.getValue(issue)).thenReturn(2.0);

        Optional<JsmSatisfaction> rating = new JsmSatisfactionReader(new JsmPresence(plugins), issueManager,
                customFieldManager).read(20001L);

        assertThat(rating).as("found by its field type; a number field named \"Satisfaction\" is not it")
                .contains(new JsmSatisfaction(4, Optional.of("fast"), Optional.empty()));
    }

    /** Shape assumed for JSM's internal feedback value (UNVERIFIED): rating and comment accessors. */
    public record FeedbackLike(Integer getRating, String getComment) {
    }

    /** Defines io.successdesk.jira.jsm.* classes itself (child first) and records every class name asked for. */
    static final class RecordingLoader extends ClassLoader implements AutoCloseable {
        final Set<String> loaded = ConcurrentHashMap.newKeySet();
        final Set<String> requested = ConcurrentHashMap.newKeySet();

        RecordingLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            requested.add(name);
            if (!name.startsWith("io.successdesk.jira.jsm.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> existing = findLoadedClass(name);
                if (existing != null) {
                    return existing;
                }
                try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                    if (in == null) {
                        throw new ClassNotFoundException(name);
                    }
                    byte[] bytes = in.readAllBytes();
                    loaded.add(name);
                    return defineClass(name, bytes, 0, bytes.length);
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
        }

        @Override
        public void close() {
        }
    }
}
