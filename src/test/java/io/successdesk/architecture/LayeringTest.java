package io.successdesk.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The dependency rules of docs/architecture.md: {@code rest, web, jira, store → app → domain}. */
class LayeringTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.successdesk");
    }

    @Test
    void shouldKeepTheDomainPureJava() {
        classes().that().resideInAPackage("io.successdesk.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.jspecify.annotations..", "io.successdesk.domain..")
                .because("the domain is plain Java: no framework, Atlassian, AO, JAX-RS or Gson type")
                .check(production);
    }

    @Test
    void shouldLetTheAppLayerAddOnlyJakartaInject() {
        classes().that().resideInAPackage("io.successdesk.app..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "org.jspecify.annotations..", "io.successdesk.domain..", "io.successdesk.app..", "jakarta.inject..")
                .check(production);
    }

    @Test
    void shouldNeverLetAppOrDomainReachIntoAdapters() {
        noClasses().that().resideInAnyPackage("io.successdesk.domain..", "io.successdesk.app..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.successdesk.store..", "io.successdesk.jira..", "io.successdesk.rest..", "io.successdesk.web..")
                .check(production);
    }

    @Test
    void shouldHaveNoPackageCycles() {
        slices().matching("io.successdesk.(**)").should().beFreeOfCycles().check(production);
    }

    @Test
    void shouldLeaveDerivedAccountStateToTheAccountChangedPath() {
        noClasses().that().resideOutsideOfPackages("io.successdesk.app.change..", "io.successdesk.app.refresh..",
                        "io.successdesk.store..")
                .and().doNotHaveFullyQualifiedName("io.successdesk.app.panel.PanelSummaryService")
                .should().callMethod("io.successdesk.app.panel.PanelSummaryStore", "invalidate",
                        "io.successdesk.domain.account.AccountKey")
                .orShould().callMethod("io.successdesk.app.panel.PanelSummaryStore", "put",
                        "io.successdesk.app.panel.PanelSummary", "long")
                .because("writes report the accounts they change to AccountChanges (docs/architecture.md); no use case"
                        + " invalidates or stores the panel's read model by hand: only PanelSummaryService, which the"
                        + " account refresh runs")
                .check(production);
    }

    @Test
    void shouldNeverUseComponentAccessor() {
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("com.atlassian.jira.component.ComponentAccessor")
                .because("components are wired by constructor injection only")
                .check(production);
    }

    @Test
    void shouldKeepAtlassianTypesInTheAdapters() {
        noClasses().that().resideOutsideOfPackages("io.successdesk.jira..", "io.successdesk.store..",
                        "io.successdesk.rest..", "io.successdesk.web..")
                .should().dependOnClassesThat().resideInAPackage("com.atlassian..")
                .check(production);
    }

    @Test
    void shouldAnnotateEveryRestResourceWithItsAccessLevel() {
        classes().that().areAnnotatedWith("jakarta.ws.rs.Path")
                .should().beAnnotatedWith("com.atlassian.plugins.rest.api.security.annotation.LicensedOnly")
                .orShould().beAnnotatedWith("com.atlassian.plugins.rest.api.security.annotation.AdminOnly")
                .because("every endpoint declares who may call it; nothing in the REST API is anonymous")
                .check(production);
    }

    @Test
    void shouldNeverReturnActiveObjectsEntitiesFromStores() {
        methods().that().areDeclaredInClassesThat().resideInAPackage("io.successdesk.store..")
                .and().areDeclaredInClassesThat().areNotInterfaces()
                .and().haveModifier(JavaModifier.PUBLIC)
                .should().notHaveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "an Active Objects entity", type -> type.isAssignableTo("net.java.ao.RawEntity")))
                .allowEmptyShould(true)
                .because("stores map entities to domain records inside the transaction; no AO proxy leaves store")
                .check(production);
    }
}
