package io.successdesk.store.ao.testing;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Objects;
import net.java.ao.EntityManager;
import org.junit.Before;
import org.junit.runner.RunWith;

/**
 * Base class of every store test: write the class once, it runs on H2 and on PostgreSQL ({@link AoStoreRunner}).
 *
 * <pre>{@code
 * @Data(AccountStoreTest.Schema.class)            // migrates the entities once per database
 * public class AccountStoreTest extends ActiveObjectsTestCase {
 *     public static final class Schema implements DatabaseUpdater {
 *         public void update(EntityManager em) throws Exception { em.migrate(AccountEntity.class); }
 *     }
 *     @Test public void shouldFindAccountByKey() { AoAccountStore store = new AoAccountStore(ao); ... }
 * }
 * }</pre>
 */
@RunWith(AoStoreRunner.class)
public abstract class ActiveObjectsTestCase {

    /** Injected before each test by AO's test rule (it looks for a field of this type). */
    protected EntityManager entityManager;

    /** The production-shaped {@code ActiveObjects} for the code under test. */
    protected ActiveObjects ao;

    /** Set by {@link AoStoreRunner} before each test. */
    TestDatabase database;

    @Before
    public final void wireActiveObjects() {
        Objects.requireNonNull(entityManager, "EntityManager not injected: run with AoStoreRunner");
        ao = new EntityManagerActiveObjects(entityManager);
    }

    /** The database this run is on. */
    protected final TestDatabase database() {
        return database;
    }
}
