package io.successdesk.store.ao.testing;

import java.util.ArrayList;
import java.util.List;
import net.java.ao.atlassian.AtlassianFieldNameConverter;
import net.java.ao.atlassian.AtlassianIndexNameConverter;
import net.java.ao.atlassian.AtlassianSequenceNameConverter;
import net.java.ao.atlassian.AtlassianTriggerNameConverter;
import net.java.ao.atlassian.AtlassianUniqueNameConverter;
import net.java.ao.test.junit.ActiveObjectTransactionMethodRule;
import org.junit.rules.MethodRule;
import org.junit.runner.Runner;
import org.junit.runners.BlockJUnit4ClassRunner;
import org.junit.runners.Suite;
import org.junit.runners.model.FrameworkMethod;
import org.junit.runners.model.InitializationError;

/**
 * JUnit 4 runner that runs one store test class once per {@link TestDatabase} (H2 1.3.176 in memory and embedded
 * PostgreSQL), reported as {@code [h2]} / {@code [postgres]} children.
 *
 * <p>Each test goes through AO's own {@link ActiveObjectTransactionMethodRule} (from {@code activeobjects-test}):
 * the schema is built once per database by the class's {@code @Data(DatabaseUpdater)} (again only when another
 * class brings a different updater), the {@code EntityManager} field is injected, and the test runs inside a
 * transaction that is rolled back afterwards, so tests do not see each other's rows. A method annotated
 * {@code @NonTransactional} runs with auto-commit instead (needed for multi-thread tests); its rows stay, and the
 * rule rebuilds the schema for the next test. Name converters are Jira's ({@code AO_xxxxxx_} table prefix for
 * namespace {@value JiraTableNameConverter#NAMESPACE}), so table/column/index names are the production ones.
 */
public final class AoStoreRunner extends Suite {

    public AoStoreRunner(Class<?> testClass) throws InitializationError {
        super(testClass, children(testClass));
    }

    private static List<Runner> children(Class<?> testClass) throws InitializationError {
        List<Runner> runners = new ArrayList<>();
        for (TestDatabase db : TestDatabase.selected()) {
            runners.add(new OnDatabase(testClass, db));
        }
        return runners;
    }

    /** One database's run of the test class. */
    static final class OnDatabase extends BlockJUnit4ClassRunner {
        private final TestDatabase database;

        OnDatabase(Class<?> testClass, TestDatabase database) throws InitializationError {
            super(testClass);
            this.database = database;
        }

        @Override
        protected String getName() {
            return "[" + database.label() + "]";
        }

        @Override
        protected String testName(FrameworkMethod method) {
            return method.getName() + "[" + database.label() + "]";
        }

        @Override
        protected Object createTest() throws Exception {
            Object test = super.createTest();
            if (test instanceof ActiveObjectsTestCase testCase) {
                testCase.database = database;
            }
            return test;
        }

        @Override
        protected List<MethodRule> rules(Object target) {
            List<MethodRule> rules = new ArrayList<>(super.rules(target));
            rules.add(new ActiveObjectTransactionMethodRule(target, database.jdbc(),
                    new JiraTableNameConverter(),
                    new AtlassianFieldNameConverter(),
                    new AtlassianSequenceNameConverter(),
                    new AtlassianTriggerNameConverter(),
                    new AtlassianIndexNameConverter(),
                    new AtlassianUniqueNameConverter()));
            return rules;
        }
    }
}
