package io.successdesk.store;

import io.successdesk.app.NotFoundException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.successdesk.app.Page;
import io.successdesk.app.PageRequest;
import io.successdesk.app.StaleVersionException;
import io.successdesk.app.plan.InMemoryPlanStore;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.plan.ObjectiveStatus;
import io.successdesk.domain.plan.PlanId;
import io.successdesk.domain.plan.PlanStatus;
import io.successdesk.domain.plan.PlanType;
import io.successdesk.domain.plan.PlaybookId;
import io.successdesk.domain.plan.PlaybookTemplate;
import io.successdesk.domain.plan.PlaybookTemplate.ObjectiveStep;
import io.successdesk.domain.plan.PlaybookTemplate.TaskStep;
import io.successdesk.domain.plan.SuccessPlan;
import io.successdesk.store.ao.ObjectiveEntity;
import io.successdesk.store.ao.PlanEntity;
import io.successdesk.store.ao.PlanTaskEntity;
import io.successdesk.store.ao.PlaybookEntity;
import io.successdesk.store.ao.PlaybookStepEntity;
import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.NonTransactional;
import org.junit.Test;

@Data(AoPlanStoreTest.Schema.class)
public class AoPlanStoreTest extends ActiveObjectsTestCase {

    public static final class Schema implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager em) throws Exception {
            em.migrate(PlanEntity.class, ObjectiveEntity.class, PlanTaskEntity.class, PlaybookEntity.class,
                    PlaybookStepEntity.class);
        }
    }

    private static final AccountKey ACME = AccountKey.of("ACME");
    private static final AccountKey GLOBEX = AccountKey.of("GLOBEX");
    private static final LocalDate START = LocalDate.of(2026, 3, 1);

    @Test
    public void shouldRoundTripAPlanWithItsObjectivesAndTasksWhenSaved() {
        AoPlanStore store = new AoPlanStore(ao);
        SuccessPlan plan = richPlan(UUID.randomUUID(), ACME, START);

        SuccessPlan saved = store.save(plan);

        assertThat(saved).isEqualTo(plan.withVersion(1));
        assertThat(store.get(plan.id())).contains(saved);
        assertThat(store.get(new PlanId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    public void shouldReplaceObjectivesAndTasksWhenSavedAtTheCurrentVersion() {
        AoPlanStore store = new AoPlanStore(ao);
        SuccessPlan v1 = store.save(richPlan(UUID.randomUUID(), ACME, START));

        SuccessPlan changed = v1.transitionObjective(1, ObjectiveStatus.IN_PROGRESS).transitionObjective(1, ObjectiveStatus.ACHIEVED)
                .completeTask(2).addTask("Schedule QBR", START.plusDays(40), Optional.empty(), OptionalInt.empty())
                .withDetails("Onboarding 2.0", "csm.bob", START, START.plusDays(120));
        SuccessPlan v2 = store.save(changed);

        assertThat(v2.version()).isEqualTo(2);
        assertThat(store.get(v1.id())).contains(changed.withVersion(2));
        assertThat(ao.count(ObjectiveEntity.class)).isEqualTo(2);
        assertThat(ao.count(PlanTaskEntity.class)).isEqualTo(4);
        assertThat(ao.count(PlanEntity.class)).isEqualTo(1);
    }

    @Test
    public void shouldRefuseANewPlanWhenItsIdIsAlreadyStored() {
        AoPlanStore store = new AoPlanStore(ao);
        SuccessPlan plan = richPlan(UUID.randomUUID(), ACME, START);
        store.save(plan);

        assertThatThrownBy(() -> store.save(plan.withDetails("Other", "csm.bob", START, START)))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.expectedVersion()).isZero();
                    assertThat(e.actualVersion()).isEqualTo(1);
                });
        assertThat(store.get(plan.id())).contains(plan.withVersion(1));
        assertThat(ao.count(PlanEntity.class)).isEqualTo(1);
    }

    @Test
    public void shouldRefuseAStaleVersionAndWriteNothingWhenSomeoneSavedFirst() {
        AoPlanStore store = new AoPlanStore(ao);
        SuccessPlan v1 = store.save(richPlan(UUID.randomUUID(), ACME, START));
        SuccessPlan v2 = store.save(v1.completeTask(1));

        assertThatThrownBy(() -> store.save(v1.transitionTo(PlanStatus.CANCELLED)))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.actualVersion()).isEqualTo(2);
                });
        assertThatThrownBy(() -> store.save(plan(UUID.randomUUID(), ACME, START).withVersion(3)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(store.get(v1.id())).contains(v2);
        assertThat(ao.count(PlanEntity.class)).isEqualTo(1);
    }

    /*
     * Mid-way failures run @NonTransactional, i.e. through a real transaction and its rollback, as in Jira. Inside the
     * test rule's transaction the adapter would use a savepoint, and H2 1.3.176 with MVCC=TRUE does not restore
     * deleted rows into secondary indexes on ROLLBACK TO SAVEPOINT (the row counts, but WHERE on an indexed column
     * no longer finds it), which would make a correct store look broken on H2.
     */
    @Test
    @NonTransactional
    public void shouldLeaveTheStoredPlanIntactWhenSavingFailsMidway() {
        SuccessPlan v1 = new AoPlanStore(ao).save(richPlan(UUID.randomUUID(), ACME, START));
        AoPlanStore failingOnTasks = new AoPlanStore(
                InterceptedActiveObjects.around(ao, InterceptedActiveObjects.failOnCreate(PlanTaskEntity.class)));

        assertThatThrownBy(() -> failingOnTasks.save(v1.completeTask(1).withDetails("Changed", "csm.bob", START, START.plusDays(9))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("injected");
        assertThatThrownBy(() -> failingOnTasks.save(richPlan(UUID.randomUUID(), ACME, START)))
                .isInstanceOf(IllegalStateException.class);

        AoPlanStore store = new AoPlanStore(ao);
        assertThat(store.get(v1.id())).contains(v1);
        assertThat(ao.count(PlanEntity.class)).isEqualTo(1);
        assertThat(ao.count(ObjectiveEntity.class)).isEqualTo(2);
        assertThat(ao.count(PlanTaskEntity.class)).isEqualTo(3);
        assertThat(store.save(v1.completeTask(1)).version()).isEqualTo(2);
    }

    @Test
    public void shouldPageAnAccountsPlansNewestStartFirstWithTiesByIdText() {
        AoPlanStore store = new AoPlanStore(ao);
        InMemoryPlanStore expected = new InMemoryPlanStore();
        Random random = new Random(7);
        for (int i = 0; i < 23; i++) {
            // Few distinct start dates, so most plans tie; ids with every leading hex digit and sign bit.
            SuccessPlan plan = richPlan(new UUID(random.nextLong(), random.nextLong()), ACME, START.plusDays(random.nextInt(3)));
            store.save(plan);
            expected.save(plan);
        }
        store.save(plan(UUID.randomUUID(), GLOBEX, START));

        List<SuccessPlan> paged = new ArrayList<>();
        PageRequest request = PageRequest.first(5);
        Page<SuccessPlan> page;
        do {
            page = store.pageByAccount(ACME, request);
            assertThat(page.total()).isEqualTo(23);
            paged.addAll(page.items());
            request = request.next();
        } while (page.hasMore());

        assertThat(paged).isEqualTo(expected.pageByAccount(ACME, PageRequest.first(500)).items());
        assertThat(store.pageByAccount(ACME, new PageRequest(100, 5)).items()).isEmpty();
        assertThat(store.pageByAccount(AccountKey.of("NOBODY"), PageRequest.first(5)).total()).isZero();
    }

    @Test
    public void shouldListAnAccountsPlansInOneStatusNewestStartFirst() {
        AoPlanStore store = new AoPlanStore(ao);
        SuccessPlan older = store.save(plan(UUID.randomUUID(), ACME, START).transitionTo(PlanStatus.ACTIVE));
        SuccessPlan newer = store.save(richPlan(UUID.randomUUID(), ACME, START.plusDays(5)));
        store.save(plan(UUID.randomUUID(), ACME, START));
        store.save(plan(UUID.randomUUID(), GLOBEX, START).transitionTo(PlanStatus.ACTIVE));

        assertThat(store.byAccountAndStatus(ACME, PlanStatus.ACTIVE)).containsExactly(newer, older);
        assertThat(store.byAccountAndStatus(ACME, PlanStatus.COMPLETED)).isEmpty();
    }

    @Test
    @NonTransactional
    public void shouldLetExactlyOneOfTwoConcurrentWritersWinWhenBothHoldTheSameVersion() throws Exception {
        SuccessPlan v1 = new AoPlanStore(ao).save(richPlan(UUID.randomUUID(), ACME, START));
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch secondClaiming = new CountDownLatch(1);
        // The first writer pauses inside its transaction after claiming the version until the second one, in its own
        // transaction with the same version, is claiming it too: the two writes overlap by construction.
        ActiveObjects pausing = InterceptedActiveObjects.around(ao, (method, args) -> {
            String thread = Thread.currentThread().getName();
            if (method.equals("create") && args[0] == PlanEntity.class && thread.equals("first")) {
                firstClaimed.countDown();
                awaitQuietly(secondClaiming);
            } else if (method.equals("deleteWithSQL") && args[0] == PlanEntity.class && thread.equals("second")) {
                secondClaiming.countDown();
            }
        });
        AoPlanStore store = new AoPlanStore(pausing);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<SuccessPlan> first = threads.submit(() -> {
                Thread.currentThread().setName("first");
                return store.save(v1.completeTask(1));
            });
            assertThat(firstClaimed.await(10, TimeUnit.SECONDS)).isTrue();
            Future<SuccessPlan> second = threads.submit(() -> {
                Thread.currentThread().setName("second");
                return store.save(v1.transitionTo(PlanStatus.CANCELLED));
            });

            SuccessPlan winner = first.get(20, TimeUnit.SECONDS);
            assertThatThrownBy(() -> second.get(20, TimeUnit.SECONDS)).hasCauseInstanceOf(StaleVersionException.class);
            assertThat(new AoPlanStore(ao).get(v1.id())).contains(winner);
            assertThat(winner).isEqualTo(v1.completeTask(1).withVersion(2));
            assertThat(ao.count(PlanEntity.class)).isEqualTo(1);
            assertThat(ao.count(PlanTaskEntity.class)).isEqualTo(3);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    public void shouldRoundTripPlaybookTemplatesSortedByNameIgnoringCaseThenId() {
        AoPlanStore store = new AoPlanStore(ao);
        PlaybookTemplate onboarding = template(UUID.randomUUID(), "onboarding");
        PlaybookTemplate renewalB = template(UUID.fromString("b0000000-0000-0000-0000-000000000000"), "Renewal");
        PlaybookTemplate renewalA = template(UUID.fromString("a0000000-0000-0000-0000-000000000000"), "renewal");
        PlaybookTemplate empty = new PlaybookTemplate(new PlaybookId(UUID.randomUUID()), "Adoption", PlanType.ADOPTION, 0,
                List.of(), List.of(), 1);
        List.of(onboarding, renewalB, renewalA, empty).forEach(store::saveTemplate);

        assertThat(store.templates()).containsExactly(empty, onboarding, renewalA, renewalB);
        assertThat(store.template(onboarding.id())).contains(onboarding);
        assertThat(store.template(new PlaybookId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    public void shouldReplaceATemplateOnlyFromTheVersionItIsAt() {
        AoPlanStore store = new AoPlanStore(ao);
        PlaybookTemplate original = template(UUID.randomUUID(), "Onboarding");
        store.saveTemplate(original);
        PlaybookTemplate mine = new PlaybookTemplate(original.id(), "Onboarding (Alice)", PlanType.ONBOARDING, 10,
                List.of(new ObjectiveStep("Live", "", 10)), List.of(), 2);
        PlaybookTemplate theirs = new PlaybookTemplate(original.id(), "Onboarding (Bob)", PlanType.ONBOARDING, 20,
                List.of(), List.of(), 2);

        store.replaceTemplate(mine, 1);

        assertThatThrownBy(() -> store.replaceTemplate(theirs, 1)).isInstanceOf(StaleVersionException.class);
        assertThat(store.template(original.id())).contains(mine);
        assertThat(ao.count(PlaybookStepEntity.class)).isEqualTo(1);
        assertThatThrownBy(() -> store.replaceTemplate(new PlaybookTemplate(new PlaybookId(UUID.randomUUID()), "x",
                PlanType.ONBOARDING, 0, List.of(), List.of(), 2), 1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    public void shouldReplaceAndDeleteTemplatesWithTheirSteps() {
        AoPlanStore store = new AoPlanStore(ao);
        PlaybookTemplate original = template(UUID.randomUUID(), "Onboarding");
        store.saveTemplate(original);
        PlaybookTemplate replacement = new PlaybookTemplate(original.id(), "Onboarding v2", PlanType.ONBOARDING, 10,
                List.of(new ObjectiveStep("Live", "", 10)), List.of(), 1);

        store.saveTemplate(replacement);

        assertThat(store.templates()).containsExactly(replacement);
        assertThat(ao.count(PlaybookStepEntity.class)).isEqualTo(1);
        assertThat(store.deleteTemplate(original.id())).isTrue();
        assertThat(store.deleteTemplate(original.id())).isFalse();
        assertThat(store.templates()).isEmpty();
        assertThat(ao.count(PlaybookStepEntity.class)).isZero();
    }

    @Test
    @NonTransactional
    public void shouldRollBackATemplateSaveThatFailsMidway() {
        PlaybookTemplate original = template(UUID.randomUUID(), "Onboarding");
        new AoPlanStore(ao).saveTemplate(original);
        AoPlanStore failing = new AoPlanStore(
                InterceptedActiveObjects.around(ao, InterceptedActiveObjects.failOnCreate(PlaybookStepEntity.class)));

        assertThatThrownBy(() -> failing.saveTemplate(template(original.id().value(), "Broken")))
                .isInstanceOf(IllegalStateException.class);

        assertThat(new AoPlanStore(ao).templates()).containsExactly(original);
    }

    private static SuccessPlan plan(UUID id, AccountKey account, LocalDate start) {
        return SuccessPlan.draft(new PlanId(id), account, "Onboarding", PlanType.ONBOARDING, "csm.alice", start,
                start.plusDays(90));
    }

    private static SuccessPlan richPlan(UUID id, AccountKey account, LocalDate start) {
        return plan(id, account, start)
                .addObjective("Go live", "  First ticket answered — ✓ ünïcode  ", start.plusDays(30), "csm.alice")
                .addObjective("Adopt", "", start.plusDays(60), "cust.carol")
                .addTask("Kick-off call", start.plusDays(2), Optional.of("CS-42"), OptionalInt.of(1))
                .addTask("Send welcome pack", start.plusDays(1), Optional.empty(), OptionalInt.empty())
                .addTask("Training", start.plusDays(20), Optional.empty(), OptionalInt.of(2))
                .transitionTo(PlanStatus.ACTIVE);
    }

    private static PlaybookTemplate template(UUID id, String name) {
        return new PlaybookTemplate(new PlaybookId(id), name, PlanType.RENEWAL, 90,
                List.of(new ObjectiveStep("Renewal signed", "Contract countersigned", 90), new ObjectiveStep("Health green", "", 60)),
                List.of(new TaskStep("Send quote", 30, OptionalInt.of(0)), new TaskStep("Exec sponsor call", 45, OptionalInt.empty()),
                        new TaskStep("Check usage", 10, OptionalInt.of(1))), 1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("the other writer arrived").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
