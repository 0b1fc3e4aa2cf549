package io.successdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.app.voc.CsatDailyRollup;
import io.successdesk.app.voc.CsatFilter;
import io.successdesk.app.voc.InMemoryCsatStore;
import io.successdesk.app.voc.IngestOutcome;
import io.successdesk.app.voc.Upserted;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.Account;
import io.successdesk.domain.account.AccountFixtures;
import io.successdesk.domain.account.Tier;
import io.successdesk.store.ao.AccountAttrRow;
import io.successdesk.store.ao.AccountDomainRow;
import io.successdesk.store.ao.AccountOrgRow;
import io.successdesk.store.ao.AccountRow;
import io.successdesk.store.ao.CsatSegmentDay;
import io.successdesk.store.ao.ExternalIdClaim;
import io.successdesk.domain.value.DateWindow;
import io.successdesk.domain.voc.CsatRating;
import io.successdesk.domain.voc.CsatResponse;
import io.successdesk.domain.voc.CsatSource;
import io.successdesk.domain.voc.DailyRatingCounts;
import io.successdesk.domain.voc.RatingCounts;
import io.successdesk.store.ao.CsatDaily;
import io.successdesk.store.ao.CsatDayTotal;
import io.successdesk.store.ao.CsatResp;
import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.java.ao.DBParam;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Before;
import org.junit.Test;

@Data(AoCsatStoreTest.Schema.class)
public class AoCsatStoreTest extends ActiveObjectsTestCase {

    public static final class Schema implements DatabaseUpdater {
        @Override
        public void update(EntityManager em) throws Exception {
            em.migrate(CsatResp.class, CsatDaily.class, CsatDayTotal.class, CsatSegmentDay.class, AccountRow.class,
                    AccountDomainRow.class, AccountOrgRow.class, AccountAttrRow.class, ExternalIdClaim.class);
        }
    }

    private static final AccountKey ACME = AccountKey.of("ACME");
    private static final AccountKey GLOBEX = AccountKey.of("GLOBEX");
    private static final DateWindow MARCH = new DateWindow(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-04-01"));

    private AoCsatStore store;

    @Before
    public void createStore() {
        store = new AoCsatStore(ao);
    }

    @Test
    public void shouldReadBackEveryFieldWhenAResponseIsAdded() {
        CsatResponse full = new CsatResponse("req-1", CsatSource.JSM, ACME, Optional.of(10042L), Optional.of("SUP"),
                CsatRating.of(4), Optional.of("Quick and kind. ".repeat(200)), Instant.parse("2026-03-02T10:15:30.123Z"),
                Optional.of(Instant.parse("2026-03-01T08:00:00.001Z")));
        CsatResponse bare = new CsatResponse("tok-9", CsatSource.SURVEY, ACME, Optional.empty(), Optional.empty(),
                CsatRating.of(1), Optional.of("   "), Instant.parse("2026-03-01T00:00:00Z"), Optional.empty());

        assertThat(store.add(full)).isTrue();
        assertThat(store.add(bare)).isTrue();

        assertThat(store.responsesOf(ACME, PageRequest.first(10)).items()).containsExactly(full, bare);
        assertThat(ao.find(CsatResp.class)).filteredOn(row -> row.getExternalId().equals("tok-9"))
                .extracting(CsatResp::getCommentText, CsatResp::getProjectKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, null));
    }

    /**
     * Three answers of one millisecond whose timeline ids ("JSM:b-1" &lt; "JSM:b_1" &lt; "SURVEY:a") a collation need not
     * order as Java does, among others and another account's: each page size walks them in the fake's timeline order.
     */
    @Test
    public void shouldPageAnAccountsAnswersInTimelineOrderAcrossTiesOfOneMillisecond() {
        String tie = "2026-03-02T10:00:00.123Z";
        List<CsatResponse> answers = List.of(response("b_1", ACME, "SUP", 5, tie), response("b-1", ACME, "SUP", 2, tie),
                new CsatResponse("a", CsatSource.SURVEY, ACME, Optional.empty(), Optional.empty(), CsatRating.of(3),
                        Optional.empty(), Instant.parse(tie), Optional.empty()),
                response("newer", ACME, "SUP", 4, "2026-03-02T10:00:00.124Z"),
                response("older", ACME, null, 1, "2026-03-01T09:00:00Z"),
                response("other", GLOBEX, "SUP", 1, tie));
        InMemoryCsatStore fake = new InMemoryCsatStore();
        answers.forEach(answer -> {
            store.add(answer);
            fake.add(answer);
        });
        List<CsatResponse> expected = fake.newestFirst(ACME, Optional.empty(), 50);
        assertThat(expected).extracting(CsatResponse::externalId).containsExactly("newer", "b-1", "b_1", "a", "older");

        for (int limit = 1; limit <= 3; limit++) {
            assertThat(TimelineWalk.all((after, size) -> store.newestFirst(ACME, after, size),
                    CsatResponse::timelinePosition, limit)).as("pages of %d", limit).containsExactlyElementsOf(expected);
        }
        assertThat(store.newestFirst(GLOBEX, Optional.empty(), 0)).isEmpty();
    }

    @Test
    public void shouldChangeNothingWhenTheSameResponseComesAgainAtMillisecondPrecision() {
        CsatResponse first = response("r1", ACME, "SUP", 5, "2026-03-02T10:00:00.123456Z");
        assertThat(store.upsert(first).outcome()).isEqualTo(IngestOutcome.CREATED);

        Upserted<CsatResponse> again = store.upsert(first);

        assertThat(again.outcome()).isEqualTo(IngestOutcome.UNCHANGED);
        assertThat(store.dailyRollups(MARCH, CsatFilter.ALL)).containsExactly(
                rollup("2026-03-02", ACME, "SUP", 0, 0, 0, 0, 1));
    }

    @Test
    public void shouldReplaceTheResponseAndMoveItsCountWhenACorrectionComes() {
        store.add(response("r1", ACME, "SUP", 5, "2026-03-02T10:00:00Z"));
        store.add(response("r2", ACME, "SUP", 4, "2026-03-02T11:00:00Z"));

        Upserted<CsatResponse> corrected = store.upsert(response("r1", GLOBEX, "OPS", 1, "2026-03-09T10:00:00Z"));

        assertThat(corrected.outcome()).isEqualTo(IngestOutcome.UPDATED);
        assertThat(corrected.previous()).contains(response("r1", ACME, "SUP", 5, "2026-03-02T10:00:00Z"));
        assertThat(store.responsesOf(ACME, PageRequest.first(10)).items()).extracting(CsatResponse::externalId)
                .containsExactly("r2");
        assertThat(store.responsesOf(GLOBEX, PageRequest.first(10)).items()).extracting(r -> r.rating().value())
                .containsExactly(1);
        assertThat(store.dailyRollups(MARCH, CsatFilter.ALL)).containsExactlyInAnyOrder(
                rollup("2026-03-02", ACME, "SUP", 0, 0, 0, 1, 0),
                rollup("2026-03-09", GLOBEX, "OPS", 1, 0, 0, 0, 0));
        List<CsatDailyRollup> incremental = store.dailyRollups(MARCH, CsatFilter.ALL);
        store.rebuildRollups();
        assertThat(store.dailyRollups(MARCH, CsatFilter.ALL)).containsExactlyInAnyOrderElementsOf(incremental);
    }

    @Test
    public void shouldFindAStoredResponseBySourceAndExternalId() {
        store.add(response("r1", ACME, "SUP", 5, "2026-03-02T10:00:00Z"));

        assertThat(store.find(CsatSource.JSM, "r1")).contains(response("r1", ACME, "SUP", 5, "2026-03-02T10:00:00Z"));
        assertThat(store.find(CsatSource.IMPORT, "r1")).isEmpty();
    }

    @Test
    public void shouldLeaveNoEmptyRollupVisibleWhenACorrectionTakesTheOnlyCountOfADay() {
        store.add(response("r1", ACME, "SUP", 5, "2026-03-02T10:00:00Z"));

        store.upsert(response("r1", ACME, "SUP", 2, "2026-03-02T10:00:00Z"));
        store.upsert(response("r1", ACME, "SUP", 2, "2026-03-03T10:00:00Z"));

        assertThat(store.dailyRollups(MARCH, CsatFilter.ALL)).containsExactly(
                rollup("2026-03-03", ACME, "SUP", 0, 1, 0, 0, 0));
    }

    @Test
    public void shouldStoreTheSameExternalIdFromAnotherSourceAsANewResponse() {
        assertThat(store.add(response("r1", ACME, "SUP", 5, "2026-03-02T10:00:00Z"))).isTrue();

        assertThat(store.add(new CsatResponse("r1", CsatSource.IMPORT, ACME, Optional.empty(), Optional.of("SUP"),
                CsatRating.of(5), Optional.empty(), Instant.parse("2026-03-02T11:00:00Z"), Optional.empty()))).isTrue();

        assertThat(store.dailyRollups(MARCH, CsatFilter.ALL)).containsExactly(
                rollup("2026-03-02", ACME, "SUP", 0, 0, 0, 0, 2));
    }

    @Test
    public void shouldPageAnAccountsResponsesNewestFirstWithTheTotal() {
        for (int i = 0; i < 7; i++) {
            store.add(response("a" + i, ACME, "SUP", 1 + i % 5, "2026-03-0" + (i + 1) + "T09:00:00Z"));
        }
        store.add(response("g1", GLOBEX, "SUP", 3, "2026-03-05T09:00:00Z"));

        Page<CsatResponse> first = store.responsesOf(ACME, PageRequest.first(3));
        Page<CsatResponse> last = store.responsesOf(ACME, new PageRequest(6, 3));

        assertThat(first.items()).extracting(CsatResponse::externalId).containsExactly("a6", "a5", "a4");
        assertThat(first.total()).isEqualTo(7);
        assertThat(first.hasMore()).isTrue();
        assertThat(store.responsesOf(ACME, PageRequest.first(3).next()).items()).extracting(CsatResponse::externalId)
                .containsExactly("a3", "a2", "a1");
        assertThat(last.items()).extracting(CsatResponse::externalId).containsExactly("a0");
        assertThat(last.hasMore()).isFalse();
    }

    @Test
    public void shouldCountPerRatingPerDayAccountAndProjectWhenResponsesArrive() {
        store.add(response("1", ACME, "SUP", 5, "2026-03-02T00:00:00Z"));
        store.add(response("2", ACME, "SUP", 5, "2026-03-02T23:59:59.999Z"));
        store.add(response("3", ACME, "SUP", 2, "2026-03-02T12:00:00Z"));
        store.add(response("4", ACME, null, 3, "2026-03-02T12:00:00Z"));
        store.add(response("5", ACME, "SUP", 4, "2026-03-03T00:00:00Z"));
        store.add(response("6", GLOBEX, "OPS", 1, "2026-03-02T12:00:00Z"));

        assertThat(store.dailyRollups(MARCH, CsatFilter.ALL)).containsExactlyInAnyOrder(
                rollup("2026-03-02", ACME, "SUP", 0, 1, 0, 0, 2),
                rollup("2026-03-02", ACME, null, 0, 0, 1, 0, 0),
                rollup("2026-03-03", ACME, "SUP", 0, 0, 0, 1, 0),
                rollup("2026-03-02", GLOBEX, "OPS", 1, 0, 0, 0, 0));
    }

    @Test
    public void shouldApplyWindowAndFilterWhenReadingRollups() {
        store.add(response("1", ACME, "SUP", 5, "2026-02-28T23:59:59Z"));
        store.add(response("2", ACME, "SUP", 4, "2026-03-01T00:00:00Z"));
        store.add(response("3", ACME, null, 3, "2026-03-31T23:59:59Z"));
        store.add(response("4", GLOBEX, "OPS", 2, "2026-03-15T10:00:00Z"));
        store.add(response("5", AccountKey.of("INITECH"), "SUP", 1, "2026-04-01T00:00:00Z"));

        assertThat(store.dailyRollups(MARCH, CsatFilter.ALL)).extracting(CsatDailyRollup::day)
                .containsExactlyInAnyOrder(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-31"),
                        LocalDate.parse("2026-03-15"));
        assertThat(store.dailyRollups(MARCH, CsatFilter.account(ACME))).extracting(CsatDailyRollup::projectKey)
                .containsExactlyInAnyOrder(Optional.of("SUP"), Optional.empty());
        assertThat(store.dailyRollups(MARCH, CsatFilter.project("SUP"))).containsExactly(
                rollup("2026-03-01", ACME, "SUP", 0, 0, 0, 1, 0));
        assertThat(store.dailyRollups(MARCH, accountsIn(Set.of(GLOBEX, AccountKey.of("INITECH")))))
                .containsExactly(rollup("2026-03-15", GLOBEX, "OPS", 0, 1, 0, 0, 0));
        assertThat(store.dailyRollups(MARCH, accountsIn(Set.of()))).isEmpty();
        assertThat(store.dailyRollups(new DateWindow(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-01")),
                CsatFilter.ALL)).isEmpty();
    }

    @Test
    public void shouldMatchAccountsInMoreThanOneInListChunk() {
        List<AccountKey> many = new ArrayList<>();
        for (int i = 0; i < AoCsatStore.IN_CHUNK * 2 + 7; i++) {
            many.add(AccountKey.of("A" + i));
        }
        store.add(response("first", many.get(0), "SUP", 5, "2026-03-02T10:00:00Z"));
        store.add(response("last", many.get(many.size() - 1), "SUP", 4, "2026-03-02T10:00:00Z"));
        store.add(response("outside", ACME, "SUP", 3, "2026-03-02T10:00:00Z"));

        assertThat(store.dailyRollups(MARCH, accountsIn(Set.copyOf(many)))).extracting(CsatDailyRollup::account)
                .containsExactlyInAnyOrder(many.get(0), many.get(many.size() - 1));
    }

    @Test
    public void shouldReadRollupRowsOnlyWhenRawResponsesAreGone() {
        store.add(response("1", ACME, "SUP", 5, "2026-03-02T10:00:00Z"));
        store.add(response("2", ACME, "SUP", 1, "2026-03-02T11:00:00Z"));
        List<CsatDailyRollup> before = store.dailyRollups(MARCH, CsatFilter.ALL);

        ao.deleteWithSQL(CsatResp.class, CsatResp.ANSWERED_DAY + " IS NOT NULL");

        assertThat(store.dailyRollups(MARCH, CsatFilter.ALL)).isEqualTo(before).hasSize(1);
    }

    @Test
    public void shouldAgreeWithTheRebuildAndTheFakeWhenManyRandomResponsesIncludingRepeatsArrive() {
        InMemoryCsatStore expected = new InMemoryCsatStore();
        Random random = new Random(20261123L);
        List<AccountKey> accounts = List.of(ACME, GLOBEX, AccountKey.of("INITECH"));
        List<String> projects = new ArrayList<>(List.of("SUP", "OPS"));
        projects.add(null);
        for (int i = 0; i < 400; i++) {
            CsatResponse next = new CsatResponse("ext-" + random.nextInt(250),
                    CsatSource.values()[random.nextInt(CsatSource.values().length)],
                    accounts.get(random.nextInt(accounts.size())), Optional.empty(),
                    Optional.ofNullable(projects.get(random.nextInt(projects.size()))),
                    CsatRating.of(1 + random.nextInt(5)), Optional.empty(),
                    Instant.parse("2026-03-01T00:00:00Z").plusSeconds(random.nextInt(10 * 86_400)), Optional.empty());
            assertThat(store.add(next)).as("add #%d", i).isEqualTo(expected.add(next));
        }
        List<CsatDailyRollup> incremental = store.dailyRollups(MARCH, CsatFilter.ALL);
        for (Optional<String> project : List.of(Optional.<String>empty(), Optional.of("SUP"), Optional.of("OPS"))) {
            assertThat(store.dailyTotals(MARCH, project)).as("totals kept on write, project %s", project)
                    .isEqualTo(expected.dailyTotals(MARCH, project)).isEqualTo(sumsByDay(incremental, project));
        }

        int written = store.rebuildRollups();

        assertThat(store.dailyTotals(MARCH, Optional.empty())).as("totals rebuilt")
                .isEqualTo(expected.dailyTotals(MARCH, Optional.empty()));
        assertThat(store.dailyTotals(MARCH, Optional.of("OPS"))).isEqualTo(expected.dailyTotals(MARCH, Optional.of("OPS")));

        assertThat(incremental).containsExactlyInAnyOrderElementsOf(expected.dailyRollups(MARCH, CsatFilter.ALL));
        assertThat(store.dailyRollups(MARCH, CsatFilter.ALL)).containsExactlyInAnyOrderElementsOf(incremental);
        assertThat(written).isEqualTo(incremental.size());
        assertThat(ao.count(CsatDaily.class)).isEqualTo(written);
        assertThat(incremental.stream().mapToLong(r -> r.counts().total()).sum()).isEqualTo(expected.size());
    }

    /**
     * Each tier's and each CSM's totals equal the answers of the accounts now in it (as the fake counts them) through
     * answers, corrections, tier and CSM changes, an account created after its answers and one deleted, and again after
     * a rebuild.
     */
    @Test
    public void shouldKeepEachTiersAndCsmsTotalsEqualToTheAnswersOfItsCurrentAccountsThroughChanges() {
        AoAccountStore accounts = new AoAccountStore(ao);
        InMemoryCsatStore expected = new InMemoryCsatStore();
        Random random = new Random(20261204L);
        List<Tier> tiers = List.of(Tier.SMB, Tier.MID_MARKET, Tier.ENTERPRISE);
        List<Optional<String>> csms = List.of(Optional.empty(), Optional.of("csm-a"), Optional.of("csm-b"));
        AccountKey hooli = AccountKey.of("HOOLI");
        List<AccountKey> keys = List.of(ACME, GLOBEX, AccountKey.of("INITECH"), hooli);
        Map<AccountKey, Account> existing = new java.util.LinkedHashMap<>();
        for (AccountKey key : keys.subList(0, 3)) {
            existing.put(key, inTier(key, tiers.get(existing.size()), csms.get(existing.size()), Account.FIRST_VERSION));
            accounts.create(existing.get(key));
            expected.setTier(key, existing.get(key).tier());
            expected.setCsm(key, existing.get(key).csmUserKey());
        }
        List<String> projects = new ArrayList<>(List.of("SUP", "OPS"));
        projects.add(null);
        for (int i = 0; i < 300; i++) {
            if (i == 150) {
                existing.put(hooli, inTier(hooli, Tier.MID_MARKET, Optional.of("csm-b"), Account.FIRST_VERSION));
                accounts.create(existing.get(hooli));
                expected.setTier(hooli, Tier.MID_MARKET);
                expected.setCsm(hooli, Optional.of("csm-b"));
            } else if (i == 220) {
                accounts.delete(GLOBEX, existing.remove(GLOBEX).version());
                expected.removeAccount(GLOBEX);
            } else if (random.nextInt(8) == 0) {
                Account before = existing.get(new ArrayList<>(existing.keySet()).get(random.nextInt(existing.size())));
                Account after = inTier(before.key(), tiers.get(random.nextInt(tiers.size())),
                        csms.get(random.nextInt(csms.size())), before.version() + 1);
                accounts.update(after, before.version());
                existing.put(after.key(), after);
                expected.setTier(after.key(), after.tier());
                expected.setCsm(after.key(), after.csmUserKey());
            } else {
                CsatResponse next = new CsatResponse("ext-" + random.nextInt(150), CsatSource.JSM,
                        keys.get(random.nextInt(keys.size())), Optional.empty(),
                        Optional.ofNullable(projects.get(random.nextInt(projects.size()))),
                        CsatRating.of(1 + random.nextInt(5)), Optional.empty(),
                        Instant.parse("2026-03-01T00:00:00Z").plusSeconds(random.nextInt(10 * 86_400)), Optional.empty());
                store.add(next);
                expected.add(next);
            }
            if (i % 50 == 49) {
                assertTierTotals(expected, tiers, "after step " + i);
            }
        }

        store.rebuildRollups();

        assertTierTotals(expected, tiers, "rebuilt");
    }

    @Test
    public void shouldAddEarlierAnswersToTheSegmentsOfAccountsABulkImportCreates() {
        store.add(response("h1", AccountKey.of("HOOLI"), "SUP", 5, "2026-03-02T10:00:00Z"));
        store.add(response("h2", AccountKey.of("HOOLI"), null, 2, "2026-03-03T10:00:00Z"));

        new AoAccountStore(ao).applyAll(List.of(
                new io.successdesk.app.account.AccountWrite.Create(inTier(ACME, Tier.ENTERPRISE, Optional.of("csm-a"),
                        Account.FIRST_VERSION)),
                new io.successdesk.app.account.AccountWrite.Create(inTier(AccountKey.of("HOOLI"), Tier.ENTERPRISE,
                        Optional.of("csm-a"), Account.FIRST_VERSION))));

        List<DailyRatingCounts> hooli = List.of(
                new DailyRatingCounts(LocalDate.parse("2026-03-02"), RatingCounts.of(0, 0, 0, 0, 1)),
                new DailyRatingCounts(LocalDate.parse("2026-03-03"), RatingCounts.of(0, 1, 0, 0, 0)));
        assertThat(store.tierTotals(MARCH, Tier.ENTERPRISE, Optional.empty())).isEqualTo(hooli);
        assertThat(store.csmTotals(MARCH, "csm-a", Optional.empty())).isEqualTo(hooli);
    }

    private void assertTierTotals(InMemoryCsatStore expected, List<Tier> tiers, String when) {
        for (Tier tier : tiers) {
            for (Optional<String> project : List.of(Optional.<String>empty(), Optional.of("SUP"), Optional.of("OPS"))) {
                assertThat(store.tierTotals(MARCH, tier, project)).as("%s, %s, project %s", when, tier, project)
                        .isEqualTo(expected.tierTotals(MARCH, tier, project));
            }
        }
        for (String csm : List.of("csm-a", "csm-b")) {
            for (Optional<String> project : List.of(Optional.<String>empty(), Optional.of("OPS"))) {
                assertThat(store.csmTotals(MARCH, csm, project)).as("%s, %s, project %s", when, csm, project)
                        .isEqualTo(expected.csmTotals(MARCH, csm, project));
            }
        }
    }

    private static Account inTier(AccountKey key, Tier tier, Optional<String> csm, long version) {
        Account minimal = AccountFixtures.minimal(key.value());
        return new Account(key, minimal.name(), List.of(), List.of(), tier, minimal.stage(), csm,
                Optional.empty(), minimal.contractStart(), Optional.empty(), Optional.empty(), Map.of(), version,
                minimal.createdAt(), minimal.updatedAt());
    }

    /** An erased account's answers leave the day totals; the other accounts' stay, to the rating. */
    @Test
    public void shouldTakeAnErasedAccountsAnswersOutOfTheDayTotals() {
        store.add(response("a1", ACME, "SUP", 5, "2026-03-02T10:00:00Z"));
        store.add(response("a2", ACME, null, 1, "2026-03-02T11:00:00Z"));
        store.add(response("a3", ACME, "SUP", 5, "2026-03-03T11:00:00Z"));
        store.add(response("g1", GLOBEX, "SUP", 5, "2026-03-02T12:00:00Z"));
        store.add(response("g2", GLOBEX, "SUP", 3, "2026-03-03T12:00:00Z"));

        ao.executeInTransaction(() -> {
            new CsatRollupRows(ao).subtractAccount(ACME.value());
            ao.deleteWithSQL(CsatDaily.class, CsatDaily.ACCOUNT_KEY + " = ?", ACME.value());
            return null;
        });

        assertThat(store.dailyTotals(MARCH, Optional.empty())).containsExactly(
                new DailyRatingCounts(LocalDate.parse("2026-03-02"), RatingCounts.of(0, 0, 0, 0, 1)),
                new DailyRatingCounts(LocalDate.parse("2026-03-03"), RatingCounts.of(0, 0, 1, 0, 0)));
    }

    @Test
    public void shouldRepairADriftedRollupWhenRebuilt() {
        store.add(response("1", ACME, "SUP", 5, "2026-03-02T10:00:00Z"));
        store.add(response("2", ACME, "SUP", 2, "2026-03-02T11:00:00Z"));
        List<CsatDailyRollup> truth = store.dailyRollups(MARCH, CsatFilter.ALL);
        CsatDaily drifted = ao.find(CsatDaily.class)[0];
        drifted.setFives(40L);
        drifted.save();
        ao.create(CsatDaily.class, new DBParam(CsatDaily.ANSWERED_DAY, 20_000),
                new DBParam(CsatDaily.ACCOUNT_KEY, "GHOST"), new DBParam(CsatDaily.ONES, 1L),
                new DBParam(CsatDaily.TWOS, 0L), new DBParam(CsatDaily.THREES, 0L),
                new DBParam(CsatDaily.FOURS, 0L), new DBParam(CsatDaily.FIVES, 0L));

        assertThat(store.rebuildRollups()).isEqualTo(1);

        assertThat(store.dailyRollups(MARCH, CsatFilter.ALL)).isEqualTo(truth);
        assertThat(ao.count(CsatDaily.class)).isEqualTo(1);
    }

    @Test
    public void shouldLeaveNoRollupWhenRebuiltWithoutResponses() {
        assertThat(store.rebuildRollups()).isZero();
        assertThat(store.dailyRollups(MARCH, CsatFilter.ALL)).isEmpty();
    }

    @Test
    public void shouldWriteNeitherResponseNorRollupWhenTheRollupWriteFails() {
        store.add(response("1", ACME, "SUP", 5, "2026-03-02T10:00:00Z"));
        AoCsatStore failingOnRollup = new AoCsatStore(failingOnCreateOf(CsatDaily.class));

        assertThatThrownBy(() -> failingOnRollup.add(response("2", GLOBEX, "SUP", 4, "2026-03-02T10:00:00Z")))
                .hasMessageContaining("injected");

        assertThat(ao.count(CsatResp.class)).isEqualTo(1);
        assertThat(store.responsesOf(GLOBEX, PageRequest.first(5)).total()).isZero();
        assertThat(store.dailyRollups(MARCH, CsatFilter.ALL)).containsExactly(
                rollup("2026-03-02", ACME, "SUP", 0, 0, 0, 0, 1));
        assertThat(store.add(response("2", GLOBEX, "SUP", 4, "2026-03-02T10:00:00Z"))).isTrue();
    }

    @Test
    @NonTransactional
    public void shouldLoseNoCountWhenTwoThreadsAddToTheSameRollupAtOnce() throws Exception {
        store.add(response("seed", ACME, "SUP", 3, "2026-03-02T08:00:00Z"));
        int perThread = 25;

        List<Boolean> results = inTwoThreads(thread -> {
            for (int i = 0; i < perThread; i++) {
                store.add(response(thread + "-" + i, ACME, "SUP", 5, "2026-03-02T10:00:00Z"));
            }
            return store.add(response("same", ACME, "SUP", 1, "2026-03-02T11:00:00Z"));
        });

        assertThat(results).containsExactlyInAnyOrder(true, false);
        assertThat(store.dailyRollups(MARCH, CsatFilter.ALL)).containsExactly(
                rollup("2026-03-02", ACME, "SUP", 1, 0, 1, 0, 2 * perThread));
        assertThat(ao.count(CsatResp.class)).isEqualTo(2 + 2 * perThread);
    }

    interface ThreadWork {
        boolean run(String thread) throws Exception;
    }

    static List<Boolean> inTwoThreads(ThreadWork work) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (String thread : List.of("t1", "t2")) {
                Callable<Boolean> task = () -> {
                    start.await();
                    return work.run(thread);
                };
                futures.add(pool.submit(task));
            }
            List<Boolean> results = new ArrayList<>();
            for (Future<Boolean> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The real {@link #ao}, except that creating a row of {@code type} throws: a failure half-way through a write. */
    private ActiveObjects failingOnCreateOf(Class<?> type) {
        return (ActiveObjects) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {ActiveObjects.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("create") && args[0] == type) {
                        throw new IllegalStateException("injected failure creating " + type.getSimpleName());
                    }
                    try {
                        return method.invoke(ao, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static CsatFilter accountsIn(Set<AccountKey> accounts) {
        return new CsatFilter(Optional.empty(), Optional.empty(), Optional.of(accounts));
    }

    private static CsatResponse response(String externalId, AccountKey account, String project, int rating,
            String answeredAt) {
        return new CsatResponse(externalId, CsatSource.JSM, account, Optional.empty(), Optional.ofNullable(project),
                CsatRating.of(rating), Optional.empty(), Instant.parse(answeredAt), Optional.empty());
    }

    /** The rollups summed by day over accounts (of one project, when given), oldest first. */
    private static List<DailyRatingCounts> sumsByDay(List<CsatDailyRollup> rollups, Optional<String> project) {
        java.util.TreeMap<LocalDate, RatingCounts> byDay = new java.util.TreeMap<>();
        rollups.stream().filter(rollup -> project.isEmpty() || project.equals(rollup.projectKey()))
                .forEach(rollup -> byDay.merge(rollup.day(), rollup.counts(), RatingCounts::plus));
        return byDay.entrySet().stream().map(day -> new DailyRatingCounts(day.getKey(), day.getValue())).toList();
    }

    private static CsatDailyRollup rollup(String day, AccountKey account, String project, long... counts) {
        return new CsatDailyRollup(LocalDate.parse(day), account, Optional.ofNullable(project), RatingCounts.of(counts));
    }
}
