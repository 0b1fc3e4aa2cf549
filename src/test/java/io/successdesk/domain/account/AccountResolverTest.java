package io.successdesk.domain.account;

import io.successdesk.domain.account.AccountResolution.Ambiguous;
import io.successdesk.domain.account.AccountResolution.Matched;
import io.successdesk.domain.account.AccountResolution.NotSupportProject;
import io.successdesk.domain.account.AccountResolution.Unmatched;
import io.successdesk.domain.account.AccountResolution.UnmatchedReason;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountResolverTest {

    private static final AccountKey ACME = AccountKey.of("ACME");
    private static final AccountKey GLOBEX = AccountKey.of("GLOBEX");
    private static final AccountKey INITECH = AccountKey.of("INITECH");
    private static final AccountKey FALLBACK = AccountKey.of("FALLBACK");

    private final FakeAccountDirectory directory = new FakeAccountDirectory().with(
            AccountFixtures.full("ACME", "acme.com", 10, "CRM-ACME"),
            AccountFixtures.full("GLOBEX", "eu.globex.com", 20, "CRM-GLOBEX"),
            AccountFixtures.full("INITECH", "initech.io", 30, "GLOBEX"),
            AccountFixtures.minimal("FALLBACK"));
    private final AccountResolver resolver = new AccountResolver(directory);
    private final MatchingConfiguration config = new MatchingConfiguration(Set.of("SUP", "HELP"), Map.of("SUP", FALLBACK));
    private final IssueFacts sup = IssueFacts.inProject("SUP");

    @Test
    void shouldIgnoreIssueWithoutLookupsWhenProjectIsNotASupportProject() {
        IssueFacts issue = IssueFacts.inProject("DEV").withManualLink(ACME).withReporterEmail("bob@acme.com");
        assertThat(resolver.resolve(issue, config)).isEqualTo(new NotSupportProject());
        assertThat(directory.lookups).isZero();
    }

    @Test
    void shouldPreferManualLinkOverEveryOtherRule() {
        IssueFacts issue = sup.withManualLink(INITECH).withJsmOrganizations(Set.of(10L))
                .withCustomFieldValue("GLOBEX").withReporterEmail("bob@acme.com");
        assertThat(resolver.resolve(issue, config)).isEqualTo(new Matched(INITECH, MatchRule.MANUAL_LINK));
    }

    @Test
    void shouldReportDanglingManualLinkWhenLinkedAccountIsGone() {
        IssueFacts issue = sup.withManualLink(AccountKey.of("GONE")).withReporterEmail("bob@acme.com");
        assertThat(resolver.resolve(issue, config)).isEqualTo(new Unmatched(UnmatchedReason.MANUAL_LINK_TO_MISSING_ACCOUNT));
    }

    @Test
    void shouldMatchByOrganizationBeforeCustomFieldAndDomain() {
        IssueFacts issue = sup.withJsmOrganizations(Set.of(20L)).withCustomFieldValue("ACME").withReporterEmail("bob@initech.io");
        assertThat(resolver.resolve(issue, config)).isEqualTo(new Matched(GLOBEX, MatchRule.JSM_ORGANIZATION));
    }

    @Test
    void shouldMatchWhenSeveralOrganizationsBelongToOneAccountAndSkipUnknownOnes() {
        directory.with(AccountFixtures.full("ACME", "acme.com", 10, "CRM-ACME"));
        IssueFacts issue = sup.withJsmOrganizations(Set.of(10L, 999L));
        assertThat(resolver.resolve(issue, config)).isEqualTo(new Matched(ACME, MatchRule.JSM_ORGANIZATION));
    }

    @Test
    void shouldBeAmbiguousWhenOneOrganizationIsClaimedByTwoAccounts() {
        directory.with(AccountFixtures.full("ACME_EU", "acme.eu", 10, "CRM-ACME-EU"));
        IssueFacts issue = sup.withJsmOrganizations(Set.of(10L)).withReporterEmail("bob@initech.io");
        assertThat(resolver.resolve(issue, config)).isInstanceOfSatisfying(Ambiguous.class, ambiguous -> {
            assertThat(ambiguous.rule()).isEqualTo(MatchRule.JSM_ORGANIZATION);
            assertThat(ambiguous.candidates()).containsExactly(ACME, AccountKey.of("ACME_EU"));
            assertThat(ambiguous.claimed()).containsExactly("10");
            assertThat(ambiguous.conflict()).isEqualTo(AccountResolution.Conflict.ORGANIZATIONS_CLAIMED_TWICE);
        });
    }

    @Test
    void shouldBeAmbiguousWhenTheIssuesOrganizationsBelongToDifferentAccounts() {
        IssueFacts issue = sup.withJsmOrganizations(Set.of(10L, 20L));
        assertThat(resolver.resolve(issue, config)).isInstanceOfSatisfying(Ambiguous.class,
                ambiguous -> {
                    assertThat(ambiguous.candidates()).containsExactly(ACME, GLOBEX);
                    assertThat(ambiguous.claimed()).containsExactly("10", "20");
                });
    }

    @Test
    void shouldMatchCustomFieldByKeyOrByExternalIdTrimmed() {
        assertThat(resolver.resolve(sup.withCustomFieldValue(" ACME "), config)).isEqualTo(new Matched(ACME, MatchRule.CUSTOM_FIELD));
        assertThat(resolver.resolve(sup.withCustomFieldValue("CRM-ACME"), config)).isEqualTo(new Matched(ACME, MatchRule.CUSTOM_FIELD));
    }

    @Test
    void shouldBeAmbiguousWhenCustomFieldIsOneAccountsKeyAndAnothersExternalId() {
        // "GLOBEX" is GLOBEX's key and INITECH's external id
        assertThat(resolver.resolve(sup.withCustomFieldValue("GLOBEX"), config)).isInstanceOfSatisfying(Ambiguous.class,
                ambiguous -> {
                    assertThat(ambiguous.rule()).isEqualTo(MatchRule.CUSTOM_FIELD);
                    assertThat(ambiguous.candidates()).containsExactly(GLOBEX, INITECH);
                    assertThat(ambiguous.claimed()).containsExactly("GLOBEX");
                    assertThat(ambiguous.conflict()).isEqualTo(AccountResolution.Conflict.FIELD_VALUE_CLAIMED_TWICE);
                });
    }

    @Test
    void shouldFallThroughWhenCustomFieldMatchesNothingOrIsBlank() {
        IssueFacts unknown = sup.withCustomFieldValue("nobody").withReporterEmail("bob@acme.com");
        assertThat(resolver.resolve(unknown, config)).isEqualTo(new Matched(ACME, MatchRule.EMAIL_DOMAIN));
        IssueFacts blank = sup.withCustomFieldValue("   ").withReporterEmail("bob@acme.com");
        assertThat(resolver.resolve(blank, config)).isEqualTo(new Matched(ACME, MatchRule.EMAIL_DOMAIN));
        IssueFacts overlong = sup.withCustomFieldValue("x".repeat(101)).withReporterEmail("bob@acme.com");
        assertThat(resolver.resolve(overlong, config)).isEqualTo(new Matched(ACME, MatchRule.EMAIL_DOMAIN));
    }

    @Test
    void shouldMatchReporterDomainExactlyIgnoringCase() {
        assertThat(resolver.resolve(sup.withReporterEmail("Bob@ACME.com"), config)).isEqualTo(new Matched(ACME, MatchRule.EMAIL_DOMAIN));
        assertThat(resolver.resolve(sup.withReporterEmail("bob@eu.globex.com"), config)).isEqualTo(new Matched(GLOBEX, MatchRule.EMAIL_DOMAIN));
    }

    @Test
    void shouldMatchParentDomainsNearestFirstWhenExactDomainIsUnclaimed() {
        assertThat(resolver.resolve(sup.withReporterEmail("bob@us.acme.com"), config))
                .isEqualTo(new Matched(ACME, MatchRule.EMAIL_PARENT_DOMAIN));
        assertThat(resolver.resolve(sup.withReporterEmail("bob@a.b.acme.com"), config))
                .isEqualTo(new Matched(ACME, MatchRule.EMAIL_PARENT_DOMAIN));
        directory.with(AccountFixtures.claiming("ACME_US", "us.acme.com"));
        assertThat(resolver.resolve(sup.withReporterEmail("bob@a.us.acme.com"), config))
                .isEqualTo(new Matched(AccountKey.of("ACME_US"), MatchRule.EMAIL_PARENT_DOMAIN));
    }

    @Test
    void shouldNeverMatchAChildDomainFromAParentAddress() {
        // GLOBEX claims eu.globex.com; an address at globex.com is not covered
        assertThat(resolver.resolve(sup.withReporterEmail("bob@globex.com"), config)).isEqualTo(new Matched(FALLBACK, MatchRule.PROJECT_DEFAULT));
    }

    @Test
    void shouldBeAmbiguousAndSkipDefaultWhenDomainIsClaimedTwice() {
        directory.with(AccountFixtures.claiming("ACME_TWO", "acme.com"));
        assertThat(resolver.resolve(sup.withReporterEmail("bob@acme.com"), config)).isInstanceOfSatisfying(Ambiguous.class,
                ambiguous -> {
                    assertThat(ambiguous.rule()).isEqualTo(MatchRule.EMAIL_DOMAIN);
                    assertThat(ambiguous.candidates()).containsExactly(ACME, AccountKey.of("ACME_TWO"));
                    assertThat(ambiguous.conflict()).isEqualTo(AccountResolution.Conflict.DOMAIN_CLAIMED_TWICE);
                    assertThat(ambiguous.claimed()).as("a code and its parameters, no English sentence")
                            .containsExactly("acme.com");
                });
        assertThat(resolver.resolve(sup.withReporterEmail("bob@us.acme.com"), config)).isInstanceOfSatisfying(Ambiguous.class,
                ambiguous -> {
                    assertThat(ambiguous.rule()).isEqualTo(MatchRule.EMAIL_PARENT_DOMAIN);
                    assertThat(ambiguous.claimed()).containsExactly("acme.com");
                });
    }

    @Test
    void shouldUseProjectDefaultWhenNoOtherRuleMatches() {
        assertThat(resolver.resolve(sup.withReporterEmail("bob@unknown.org"), config)).isEqualTo(new Matched(FALLBACK, MatchRule.PROJECT_DEFAULT));
        assertThat(resolver.resolve(sup.withReporterEmail("not an address"), config)).isEqualTo(new Matched(FALLBACK, MatchRule.PROJECT_DEFAULT));
    }

    @Test
    void shouldBeUnmatchedWhenNothingMatchesAndProjectHasNoDefault() {
        IssueFacts help = IssueFacts.inProject("HELP").withReporterEmail("bob@unknown.org");
        assertThat(resolver.resolve(help, config)).isEqualTo(new Unmatched(UnmatchedReason.NO_RULE_MATCHED));
    }

    @Test
    void shouldSayDefaultIsMissingWhenProjectDefaultAccountWasDeleted() {
        MatchingConfiguration stale = new MatchingConfiguration(Set.of("SUP"), Map.of("SUP", AccountKey.of("GONE")));
        assertThat(resolver.resolve(sup, stale)).isEqualTo(new Unmatched(UnmatchedReason.PROJECT_DEFAULT_MISSING));
    }

    @Test
    void shouldRefuseDefaultAccountForProjectThatIsNotASupportProject() {
        assertThatThrownBy(() -> new MatchingConfiguration(Set.of("SUP"), Map.of("DEV", ACME)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DEV");
    }

    @Test
    void shouldRefuseAmbiguityWithFewerThanTwoCandidates() {
        assertThatThrownBy(() -> new Ambiguous(MatchRule.EMAIL_DOMAIN, List.of("x"), List.of(ACME))).isInstanceOf(IllegalArgumentException.class);
    }
}
