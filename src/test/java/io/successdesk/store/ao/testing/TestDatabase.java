package io.successdesk.store.ao.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.java.ao.test.jdbc.JdbcConfiguration;

/**
 * The databases every store test runs on. {@code -Dsuccessdesk.test.db=h2} (or {@code postgres}) narrows a run
 * to one of them while iterating; the default, and what CI runs, is all of them.
 */
public enum TestDatabase {
    H2("h2") {
        @Override
        public JdbcConfiguration jdbc() {
            return H2MemoryDatabase.INSTANCE;
        }
    },
    POSTGRES("postgres") {
        @Override
        public JdbcConfiguration jdbc() {
            return EmbeddedPostgresDatabase.INSTANCE;
        }
    };

    public static final String SELECTION_PROPERTY = "successdesk.test.db";

    static {
        JiraTransactionIsolation.apply();
    }

    private final String label;

    TestDatabase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The AO test JDBC configuration: one shared instance per JVM, so the AO rule reuses its schema. */
    public abstract JdbcConfiguration jdbc();

    public static List<TestDatabase> selected() {
        String wanted = System.getProperty(SELECTION_PROPERTY, "all").trim().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty() || wanted.equals("all")) {
            return List.of(values());
        }
        List<TestDatabase> chosen = Arrays.stream(values())
                .filter(db -> Arrays.asList(wanted.split(",")).contains(db.label))
                .toList();
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException(SELECTION_PROPERTY + "=" + wanted + " names no database (h2, postgres, all)");
        }
        return chosen;
    }
}
