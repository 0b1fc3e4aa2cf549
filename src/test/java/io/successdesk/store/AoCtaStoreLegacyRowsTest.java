package io.successdesk.store;

import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.cta.Cta;
import io.successdesk.domain.cta.CtaDedupKey;
import io.successdesk.domain.cta.CtaFacts;
import io.successdesk.domain.cta.CtaProposal;
import io.successdesk.domain.cta.CtaReason;
import io.successdesk.domain.cta.CtaStatus;
import io.successdesk.domain.cta.CtaType;
import io.successdesk.store.ao.CallToAction;
import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CTAs written before facts existed (an English {@code EXPLANATION}, NOT NULL, no {@code FACTS}) on a real database:
 * the live entity migrates the table, the old rows load as legacy facts carrying their sentence, and new rows store
 * facts with no sentence. Non-transactional because the migration is DDL, which H2 commits implicitly.
 */
@Data(AoCtaStoreLegacyRowsTest.VersionTwoSchema.class)
public class AoCtaStoreLegacyRowsTest extends ActiveObjectsTestCase {

    /** The table as model version 2 left it. */
    public static final class VersionTwoSchema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(io.successdesk.store.ao.upgrade.v2.CallToAction.class);
        }
    }

    static final AccountKey ACME = AccountKey.of("ACME");
    static final Instant T0 = Instant.parse("2026-03-10T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final String SENTENCE = "Renewal in 75 days and health is amber.";

    @Test
    @NonTransactional
    public void shouldLoadRowsWithOnlyAnEnglishExplanationAsLegacyFactsAndStoreFactsBesideThem() {
        ao.create(io.successdesk.store.ao.upgrade.v2.CallToAction.class,
                new DBParam(CallToAction.CTA_ID, "old-1"), new DBParam(CallToAction.ACCOUNT_KEY, "ACME"),
                new DBParam(CallToAction.CTA_TYPE, CtaType.RISK), new DBParam(CallToAction.REASON, CtaReason.RENEWAL_AT_RISK),
                new DBParam(CallToAction.DEDUP_KEY, "ACME:RISK:RENEWAL_AT_RISK"), new DBParam(CallToAction.EXPLANATION, SENTENCE),
                new DBParam(CallToAction.STATUS, CtaStatus.OPEN), new DBParam(CallToAction.CREATED_AT, T0.toEpochMilli()));

        ao.migrate(CallToAction.class, io.successdesk.store.ao.ActiveCtaClaim.class);
        AoCtaStore store = new AoCtaStore(ao);

        Cta legacy = store.find("old-1").orElseThrow();
        assertThat(legacy.facts()).isEqualTo(CtaFacts.legacy(CtaReason.RENEWAL_AT_RISK, SENTENCE));
        assertThat(legacy.key()).isEqualTo(CtaDedupKey.of(ACME, CtaReason.RENEWAL_AT_RISK));
        assertThat(store.findActive(legacy.key())).contains(legacy);

        Cta snoozed = legacy.snooze(TODAY.plusDays(7), "after the QBR", TODAY);
        store.save(snoozed);
        assertThat(store.find("old-1")).as("a legacy row keeps its sentence when saved again").contains(snoozed);
        CallToAction row = ao.find(CallToAction.class, CallToAction.CTA_ID + " = ?", "old-1")[0];
        assertThat(row.getExplanation()).isEqualTo(SENTENCE);
        assertThat(row.getFacts()).isNull();

        Cta fresh = Cta.open("new-1", new CtaProposal(CtaDedupKey.of(ACME, CtaReason.RENEWAL_90),
                CtaFacts.renewalReminder(CtaReason.RENEWAL_90, LocalDate.of(2026, 5, 24)), List.of()), T0);
        store.save(fresh);
        assertThat(store.find("new-1")).contains(fresh);
        CallToAction freshRow = ao.find(CallToAction.class, CallToAction.CTA_ID + " = ?", "new-1")[0];
        assertThat(freshRow.getExplanation()).as("the old NOT NULL column now takes no sentence").isNull();
        assertThat(freshRow.getFacts()).isEqualTo("{\"renewalDate\":\"2026-05-24\"}");
        assertThat(store.findByJiraIssue("CS-1")).isEqualTo(Optional.empty());
    }
}
