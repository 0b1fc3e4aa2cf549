package io.successdesk.store.ao.upgrade;

import com.atlassian.activeobjects.external.ModelVersion;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.EmailDomain;
import io.successdesk.store.AoAccountStore;
import io.successdesk.store.ao.AccountAttrRow;
import io.successdesk.store.ao.AccountOrgRow;
import io.successdesk.store.ao.AccountRow;
import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import io.successdesk.store.ao.upgrade.v1.AccountDomainRow;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.Query;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The upgrade-task pattern on a real database: version-1 rows, the task, then the live schema and store on top.
 * Non-transactional because the migrations are DDL, which H2 commits implicitly.
 */
@Data(LowerCaseDomainsTaskTest.VersionOneSchema.class)
public class LowerCaseDomainsTaskTest extends ActiveObjectsTestCase {

    /** The schema as model version 1 left it. */
    public static final class VersionOneSchema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(AccountDomainRow.class);
        }
    }

    @Test
    @NonTransactional
    public void shouldLowerCaseStoredDomainsAndDropDuplicatesWhenUpgradingFromVersionOne() {
        domain("ACME", " Acme.COM ", 0);
        domain("ACME", "acme.com", 1);
        domain("ACME", "EU.Acme.com", 2);
        domain("GLOBEX", "globex.com", 0);
        for (int i = 0; i < LowerCaseDomainsTask.BATCH_SIZE + 3; i++) {
            domain("BULK", "Host" + i + ".Example.ORG", i);       // more than one batch
        }

        new LowerCaseDomainsTask().upgrade(ModelVersion.valueOf("1"), ao);
        ao.migrate(AccountRow.class, io.successdesk.store.ao.AccountDomainRow.class, AccountOrgRow.class,
                AccountAttrRow.class, io.successdesk.store.ao.CsatDaily.class, io.successdesk.store.ao.CsatSegmentDay.class);

        assertThat(domainsOf("ACME")).containsExactly("acme.com", "eu.acme.com");
        assertThat(domainsOf("GLOBEX")).containsExactly("globex.com");
        assertThat(ao.count(AccountDomainRow.class, "EMAIL_DOMAIN LIKE ?", "host%.example.org"))
                .isEqualTo(LowerCaseDomainsTask.BATCH_SIZE + 3);
        AoAccountStore store = new AoAccountStore(ao);
        assertThat(store.claimingDomain(EmailDomain.of("eu.acme.com"))).containsExactly(AccountKey.of("ACME"));
        assertThat(store.claimingDomain(EmailDomain.of("host502.example.org"))).containsExactly(AccountKey.of("BULK"));
    }

    @Test
    @NonTransactional
    public void shouldChangeNothingWhenTheModelIsAlreadyAtVersionTwoOrRunAgain() {
        domain("ACME", "Acme.com", 0);
        new LowerCaseDomainsTask().upgrade(ModelVersion.valueOf("2"), ao);
        assertThat(domainsOf("ACME")).containsExactly("Acme.com");

        new LowerCaseDomainsTask().upgrade(ModelVersion.valueOf("1"), ao);
        new LowerCaseDomainsTask().upgrade(ModelVersion.valueOf("1"), ao);
        assertThat(domainsOf("ACME")).containsExactly("acme.com");
    }

    private void domain(String accountKey, String domain, int order) {
        ao.create(AccountDomainRow.class, new DBParam(AccountDomainRow.ACCOUNT_KEY, accountKey),
                new DBParam(AccountDomainRow.EMAIL_DOMAIN, domain), new DBParam(AccountDomainRow.ENTRY_ORDER, order));
    }

    private java.util.List<String> domainsOf(String accountKey) {
        return Arrays.stream(ao.find(AccountDomainRow.class, Query.select()
                        .where(AccountDomainRow.ACCOUNT_KEY + " = ?", accountKey).order(AccountDomainRow.ENTRY_ORDER + " ASC")
                        .limit(10)))
                .map(AccountDomainRow::getEmailDomain).toList();
    }
}
