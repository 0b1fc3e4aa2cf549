package io.successdesk.app.followup;

import io.successdesk.app.change.TestAccountChanges;

import io.successdesk.app.audit.InMemoryAuditLog;
import io.successdesk.app.config.SettingsStore;
import io.successdesk.app.config.SuccessDeskSettings;
import io.successdesk.app.cta.CtaService;
import io.successdesk.app.cta.InMemoryCtaStore;
import io.successdesk.app.cta.RecordingCtaSink;
import io.successdesk.app.issue.IssueSnapshot;
import io.successdesk.app.survey.InMemorySurveyTokenStore;
import io.successdesk.app.survey.RecordingSurveyMailer;
import io.successdesk.app.survey.InMemorySurveySecretStore;
import io.successdesk.app.survey.SurveyInvitations;
import io.successdesk.app.survey.SurveySecret;
import io.successdesk.app.voc.CsatService;
import io.successdesk.app.voc.InMemoryCsatStore;
import io.successdesk.app.voc.JsmCsatCapture;
import io.successdesk.app.voc.JsmSatisfaction;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.domain.account.MatchRule;
import io.successdesk.domain.cta.Cta;
import io.successdesk.domain.cta.CtaDedupKey;
import io.successdesk.domain.cta.CtaFactsFixtures;
import io.successdesk.domain.cta.CtaProposal;
import io.successdesk.domain.cta.CtaReason;
import io.successdesk.domain.cta.CtaRuleSet;
import io.successdesk.domain.cta.CtaStatus;
import io.successdesk.domain.ticket.StatusCategory;
import io.successdesk.domain.ticket.TicketFact;
import io.successdesk.domain.ticket.TicketKind;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class ResolvedIssueFollowUpsTest {

    private static final Instant CREATED = Instant.parse("2026-11-01T09:00:00Z");
    private static final Instant RESOLVED = CREATED.plus(Duration.ofHours(30));
    private static final AccountKey ACME = AccountKey.of("ACME");
    private final Clock clock = Clock.fixed(RESOLVED.plusSeconds(60), ZoneOffset.UTC);

    private final InMemoryCsatStore csat = new InMemoryCsatStore();
    private final RecordingSurveyMailer mailer = new RecordingSurveyMailer(true);
    private final InMemoryCtaStore ctaStore = new InMemoryCtaStore();
    private final AtomicReference<Optional<JsmSatisfaction>> jsmRating = new AtomicReference<>(
            Optional.of(new JsmSatisfaction(5, Optional.of("quick"), Optional.of(RESOLVED))));
    private final ResolvedIssueFollowUps followUps = new ResolvedIssueFollowUps(
            new CtaService(ctaStore, new RecordingCtaSink(true), () -> CtaRuleSet.DEFAULTS, new InMemoryAuditLog(), clock,
                    TestAccountChanges.discarding()),
            new JsmCsatCapture(issueId -> jsmRating.get(), csatService(), clock),
            surveyService());

    @Test
    void shouldInviteTheReporterAndReadJsmSatisfactionWhenAnOpenTicketIsResolved() {
        followUps.ticketRecorded(issue(Optional.of(RESOLVED)), Optional.of(fact(Optional.empty())), fact(Optional.of(RESOLVED)));

        assertThat(mailer.sent()).singleElement().satisfies(mail -> {
            assertThat(mail.to()).isEqualTo("dana@acme.example");
            assertThat(mail.body()).contains("https://jira.example.com/plugins/servlet/successdesk/survey?token=")
                    .as("the ticket by key and summary, in the reporter's language").startsWith("Guten Tag")
                    .contains("SUP-1 \u201eExport to CSV times out\u201c");
        });
        assertThat(csat.size()).isEqualTo(1);
    }

    @Test
    void shouldNeverMailForATicketFirstSeenAlreadyResolvedAsInABackfill() {
        followUps.ticketRecorded(issue(Optional.of(RESOLVED)), Optional.empty(), fact(Optional.of(RESOLVED)));

        assertThat(mailer.sent()).isEmpty();
        assertThat(csat.size()).as("the JSM rating is still read, idempotently").isEqualTo(1);
    }

    @Test
    void shouldDoNothingWhileTheTicketIsOpen() {
        followUps.ticketRecorded(issue(Optional.empty()), Optional.empty(), fact(Optional.empty()));

        assertThat(mailer.sent()).isEmpty();
        assertThat(csat.size()).isZero();
    }

    @Test
    void shouldCloseTheCtaWhoseJiraIssueWasResolved() {
        Cta cta = Cta.open("c1", new CtaProposal(CtaDedupKey.of(ACME, CtaReason.ENTERED_RED), CtaFactsFixtures.sample(CtaReason.ENTERED_RED), List.of()),
                CREATED).withJiraIssue("CS-7");
        ctaStore.save(cta);

        followUps.issueRead(new IssueSnapshot(30001L, "CS-7", "Call Acme about the renewal", "CS", CREATED, Optional.of("csm"),
                Optional.empty(), List.of(), Optional.of(RESOLVED), 3, StatusCategory.DONE, "10002", "Task", Set.of(),
                Optional.empty()));

        assertThat(ctaStore.find("c1")).hasValueSatisfying(closed -> assertThat(closed.status()).isEqualTo(CtaStatus.CLOSED));
    }

    @Test
    void shouldKeepGoingWhenOneFollowUpFails() {
        jsmRating.set(null);

        assertThatCode(() -> followUps.ticketRecorded(issue(Optional.of(RESOLVED)), Optional.of(fact(Optional.empty())),
                fact(Optional.of(RESOLVED)))).doesNotThrowAnyException();
        assertThat(mailer.sent()).hasSize(1);
    }

    private CsatService csatService() {
        return new CsatService(csat, new InMemoryAuditLog(), clock, TestAccountChanges.discarding());
    }

    private SurveyInvitations surveyService() {
        SuccessDeskSettings settings = SuccessDeskSettings.defaults().withSurveyProjects(Set.of("SUP"));
        SettingsStore settingsStore = new SettingsStore() {
            @Override
            public SuccessDeskSettings load() {
                return settings;
            }

            @Override
            public void save(SuccessDeskSettings ignored, java.util.Set<io.successdesk.app.config.SettingsPart> parts) {
                throw new UnsupportedOperationException();
            }
        };
        return new SurveyInvitations(settingsStore, new InMemorySurveyTokenStore(),
                new SurveySecret(new InMemorySurveySecretStore()), mailer,
                () -> "https://jira.example.com",
                userKey -> userKey.filter("dana"::equals).isPresent() ? Locale.GERMAN : Locale.ENGLISH, clock,
                new io.successdesk.app.survey.InMemorySurveySettingsStore());
    }

    private static IssueSnapshot issue(Optional<Instant> resolved) {
        return new IssueSnapshot(20001L, "SUP-1", "Export to CSV times out", "SUP", CREATED, Optional.of("dana"),
                Optional.of("dana@acme.example"), List.of(), resolved, 3,
                resolved.isPresent() ? StatusCategory.DONE : StatusCategory.IN_PROGRESS, "10004", "Bug",
                Set.of(), Optional.empty());
    }

    private static TicketFact fact(Optional<Instant> resolved) {
        return new TicketFact(20001L, "SUP-1", ACME, "SUP", CREATED, Optional.empty(), resolved, 0, 3,
                resolved.isPresent() ? StatusCategory.DONE : StatusCategory.IN_PROGRESS, TicketKind.DEFECT,
                MatchRule.EMAIL_DOMAIN);
    }
}
