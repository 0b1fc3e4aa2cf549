package io.successdesk.store.ao.testing;

import net.java.ao.test.jdbc.AbstractJdbcConfiguration;

/**
 * H2 1.3.176 in memory. Unlike AO's stock {@code H2Memory}, {@code DB_CLOSE_DELAY=-1} keeps the database (and the
 * schema AO created) alive when the last connection closes. {@code MVCC=TRUE} gives row-level locking, which
 * concurrent-update tests need (H2 1.3's default is table locks).
 */
public final class H2MemoryDatabase extends AbstractJdbcConfiguration {

    public static final String URL = "jdbc:h2:mem:successdesk;DB_CLOSE_DELAY=-1;MVCC=TRUE";

    static final H2MemoryDatabase INSTANCE = new H2MemoryDatabase();

    private H2MemoryDatabase() {
        super(URL, "sa", "", "PUBLIC");
    }

    @Override
    protected String getDefaultSchema() {
        return "PUBLIC";
    }

    @Override
    protected String getDefaultUrl() {
        return URL;
    }
}
