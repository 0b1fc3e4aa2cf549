package io.successdesk.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import io.successdesk.app.account.AccountService;
import io.successdesk.app.account.AccountStore;
import io.successdesk.app.account.TierCatalog;
import io.successdesk.app.audit.AuditLog;
import io.successdesk.app.config.SettingsService;
import io.successdesk.app.config.SettingsStore;
import io.successdesk.app.issue.IssueAccess;
import io.successdesk.app.cta.CtaService;
import io.successdesk.app.cta.CtaStore;
import io.successdesk.app.health.HealthHistory;
import io.successdesk.app.health.HealthInputsProvider;
import io.successdesk.app.health.HealthService;
import io.successdesk.app.health.LiveHealthInputs;
import io.successdesk.app.health.ScorecardStore;
import io.successdesk.app.issue.IssueReader;
import io.successdesk.app.panel.PanelService;
import io.successdesk.app.plan.PlanService;
import io.successdesk.app.sync.BackfillService;
import io.successdesk.app.sync.ManualLinkService;
import io.successdesk.app.ticket.SupportSignalsService;
import io.successdesk.app.voc.NpsService;
import io.successdesk.app.link.ManualLinkStore;
import io.successdesk.app.refresh.RecordingRefresher;
import io.successdesk.app.sync.InMemoryReconcileSet;
import io.successdesk.app.sync.TicketEventDispatcher;
import io.successdesk.app.sync.TicketEventService;
import io.successdesk.app.ticket.TicketLedger;
import io.successdesk.jira.event.IssueEventBridge;
import io.successdesk.app.security.AdminSessionGuard;
import io.successdesk.app.config.SuccessDeskSettings;
import io.successdesk.app.security.AccessPolicy;
import io.successdesk.app.security.UserDirectory;
import io.successdesk.app.audit.InMemoryAuditLog;
import io.successdesk.app.survey.InMemorySurveyTokenStore;
import io.successdesk.app.survey.RecordingSurveyMailer;
import io.successdesk.app.survey.SurveyRequest;
import io.successdesk.app.survey.SurveyService;
import io.successdesk.app.voc.CsatService;
import io.successdesk.app.voc.InMemoryCsatStore;
import io.successdesk.domain.account.AccountKey;
import io.successdesk.jira.survey.PluginSettingsSurveySecretStore;
import io.successdesk.web.survey.SurveyServlet;
import io.successdesk.jira.config.PluginSettingsStore;
import io.successdesk.jira.user.SalUserDirectory;
import jakarta.servlet.DispatcherType;
import org.apache.velocity.app.VelocityEngine;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The SuccessDesk sandbox: Jetty 12 + Jersey 3 hosting the app's real REST resources, templates, scripts and
 * stores at {@code http://localhost:2990/jira}, with stand-ins for the Jira side (users, issues, plugin settings,
 * page builder). Start it with {@code mvn -Psandbox}; {@code -Dsuccessdesk.port=N} and
 * {@code -Dsuccessdesk.db=postgres} change the port and database.
 */
public final class SandboxServer implements AutoCloseable {

    public static final String REST_PATH = "/rest/successdesk/1.0";

    public static final String SURVEY_PATH = "/plugins/servlet/successdesk/survey";

    private final Server server;
    private final SandboxDatabase database;
    private final SandboxSurvey survey;
    private final IssueEventBridge events;

    /** The sandbox's survey wiring (in-memory CSAT and token stores, a recording mailer), for the dev server and tests. */
    public record SandboxSurvey(SurveyService service, InMemoryCsatStore csat, RecordingSurveyMailer mailer) {
    }

    private SandboxServer(Server server, SandboxDatabase database, SandboxSurvey survey, IssueEventBridge events) {
        this.server = server;
        this.database = database;
        this.survey = survey;
        this.events = events;
    }

    public SandboxSurvey survey() {
        return survey;
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.getInteger("successdesk.port", 2990);
        SandboxServer sandbox = start(port, Path.of("target", "sandbox"));
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "sandbox-shutdown"));
        System.out.println();
        System.out.println("SuccessDesk sandbox is running on " + sandbox.database.description());
        System.out.println("  Open " + sandbox.baseUrl() + "/  (users admin, csm, agent, viewer, finance, outsider; password = user name)");
        System.out.println("  Issue view: " + sandbox.baseUrl() + "/browse/SUP-1");
        System.out.println("  REST:       " + sandbox.baseUrl() + REST_PATH + "/");
        sandbox.survey.service().inviteOnResolution(new SurveyRequest(20003L, "SUP", AccountKey.of("INITECH"),
                java.util.Optional.of("sam@initech.example"), java.util.Optional.empty()));
        System.out.println("  Survey:     " + sandbox.survey.mailer().sent().get(0).body().lines()
                .filter(line -> line.startsWith("http")).findFirst().orElse("(no link)") + "  (one-time link for SUP-3)");
        System.out.println("  Tickets:    " + sandbox.baseUrl() + "/sandbox/tickets  (admin: create, comment, resolve live)");
        System.out.println("Press Ctrl+C to stop.");
        sandbox.server.join();
    }

    /** Starts a sandbox; port 0 picks a free port (tests). */
    public static SandboxServer start(int port, Path dataDirectory) throws Exception {
        SandboxDatabase database = SandboxDatabase.open(dataDirectory);
        SandboxUsers users = new SandboxUsers();
        SandboxIssues issues = new SandboxIssues();
        SandboxPageBuilder pageBuilder = new SandboxPageBuilder();
        PluginDescriptor descriptor = PluginDescriptor.load();

        SandboxComponents components = new SandboxComponents();
        components.register(ActiveObjects.class, database.activeObjects());
        components.register(UserManager.class, users);
        components.register(PluginSettingsFactory.class, new SandboxPluginSettings());
        components.register(PageBuilderService.class, pageBuilder);
        SettingsStore settings = components.register(SettingsStore.class,
                new PluginSettingsStore(components.get(PluginSettingsFactory.class)));
        UserDirectory userDirectory = components.register(UserDirectory.class, new SalUserDirectory(users));
        components.register(AccessPolicy.class, new AccessPolicy(userDirectory, settings));
        database.migrateEntities();
        SandboxStores stores = new SandboxStores(database);
        registerServices(components, stores);
        SuccessDeskSettings defaults = SuccessDeskSettings.defaults();
        settings.save(new SuccessDeskSettings(Set.of("SUP"), defaults.csmGroups(), defaults.viewerGroups(),
                defaults.financialViewerGroups()).withSurveyProjects(Set.of("SUP")));
        AtomicReference<String> siteUrl = new AtomicReference<>("http://localhost:" + port + HostPage.CONTEXT_PATH);
        SandboxSurvey survey = survey(components, settings, siteUrl);

        // live tickets: the app's real listener and use case over stand-in issues, the AO ledger and the real accounts
        components.register(IssueAccess.class, new SandboxIssueAccess(users, issues));
        TicketLedger ledger = components.register(TicketLedger.class, stores.ticketLedger());
        ManualLinkStore links = components.register(ManualLinkStore.class, stores.manualLinkStore());
        TicketEventService tickets = components.register(TicketEventService.class, new TicketEventService(
                new SandboxIssueReader(issues), ledger, links, settings, components.get(AccountStore.class),
                new RecordingRefresher()));
        registerPanelServices(components, stores, new SandboxIssueReader(issues));
        SandboxSeed.seed(components, issues);
        SandboxEventPublisher eventPublisher = new SandboxEventPublisher();
        IssueEventBridge events = new IssueEventBridge(eventPublisher, settings,
                new TicketEventDispatcher(tickets, new InMemoryReconcileSet()));
        events.register();

        HostPage hostPage = new HostPage(descriptor);
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath(HostPage.CONTEXT_PATH);
        context.addFilter(new FilterHolder(new SandboxAuthFilter(users)), "/*", EnumSet.of(DispatcherType.REQUEST));
        HomeServlet home = new HomeServlet(users, issues, hostPage);
        context.addServlet(new ServletHolder(home), "");
        context.addServlet(new ServletHolder(home), "/logout");
        context.addServlet(new ServletHolder(new LoginServlet(users, hostPage)), "/login.jsp");
        context.addServlet(new ServletHolder(new IssueViewServlet(users, issues, descriptor, components, pageBuilder,
                hostPage, velocity())), "/browse/*");
        context.addServlet(new ServletHolder(new SandboxTicketServlet(users, issues, eventPublisher, ledger, hostPage)),
                "/sandbox/tickets");
        context.addServlet(new ServletHolder(ClasspathResourceServlet.webResources(descriptor)), "/download/resources/*");
        context.addServlet(new ServletHolder(ClasspathResourceServlet.under("META-INF/resources/webjars")), "/sandbox/webjars/*");
        context.addServlet(new ServletHolder(ClasspathResourceServlet.under("sandbox/static")), "/sandbox/static/*");
        context.addServlet(new ServletHolder(new ServletContainer(restApplication(users, components))), REST_PATH + "/*");
        context.addServlet(new ServletHolder(new SurveyServlet(survey.service())), SURVEY_PATH);

        Server server = new Server(port);
        server.setHandler(context);
        server.start();
        SandboxServer sandbox = new SandboxServer(server, database, survey, events);
        siteUrl.set(sandbox.baseUrl());
        return sandbox;
    }

    private static SandboxSurvey survey(SandboxComponents components, SettingsStore settings, AtomicReference<String> siteUrl) {
        InMemoryCsatStore csatStore = new InMemoryCsatStore();
        RecordingSurveyMailer mailer = new RecordingSurveyMailer(true);
        java.time.Clock clock = java.time.Clock.systemUTC();
        CsatService csat = components.register(CsatService.class, new CsatService(csatStore, new InMemoryAuditLog(), clock));
        SurveyService service = components.register(SurveyService.class, new SurveyService(settings,
                new InMemorySurveyTokenStore(), new PluginSettingsSurveySecretStore(components.get(PluginSettingsFactory.class)),
                mailer, siteUrl::get, csat, clock));
        service.ensureSecret();
        return new SandboxSurvey(service, csatStore, mailer);
    }

    /** The app services, built over the ports {@link SandboxStores} provides, as Spring would inject them. */
    private static void registerServices(SandboxComponents components, SandboxStores stores) {
        Clock clock = components.register(Clock.class, stores.clock());
        AccountStore accountStore = components.register(AccountStore.class, stores.accountStore());
        AuditLog auditLog = components.register(AuditLog.class, stores.auditLog());
        TierCatalog tiers = components.register(TierCatalog.class, stores.tierCatalog());
        components.register(AccountService.class, new AccountService(accountStore, auditLog, clock, tiers));
        components.register(SettingsService.class,
                new SettingsService(components.get(SettingsStore.class), auditLog, clock));
        components.register(AdminSessionGuard.class, new SandboxAdminSessionGuard());
    }

    /**
     * The services behind the issue panel, health, CTA, link and backfill endpoints, over the AO stores (in-memory
     * only where no AO store exists yet), as Spring would inject them.
     */
    private static void registerPanelServices(SandboxComponents components, SandboxStores stores, IssueReader issueReader) {
        Clock clock = components.get(Clock.class);
        AccountStore accounts = components.get(AccountStore.class);
        AuditLog auditLog = components.get(AuditLog.class);
        TicketLedger ledger = components.get(TicketLedger.class);
        TicketEventService tickets = components.get(TicketEventService.class);
        ScorecardStore scorecards = components.register(ScorecardStore.class, stores.scorecardStore(clock));
        HealthHistory history = components.register(HealthHistory.class, stores.healthHistory());
        SupportSignalsService signals = components.register(SupportSignalsService.class,
                new SupportSignalsService(ledger, accounts, clock));
        NpsService nps = components.register(NpsService.class, new NpsService(stores.npsStore(), auditLog, clock));
        CsatService csat = components.get(CsatService.class);
        HealthInputsProvider inputs = components.register(HealthInputsProvider.class, new LiveHealthInputs(signals, csat,
                nps, stores.touchpointStore(), accounts, stores.revenueStore(), stores.manualInputStore(), scorecards));
        components.register(HealthService.class, new HealthService(scorecards, inputs, history,
                stores.overrideStore(), auditLog, clock));
        CtaStore ctaStore = components.register(CtaStore.class, stores.ctaStore());
        components.register(CtaService.class, new CtaService(ctaStore, cta -> java.util.Optional.empty(),
                stores.ctaRulesStore(clock), auditLog, clock));
        PlanService plans = components.register(PlanService.class, new PlanService(stores.planStore(), auditLog, clock));
        components.register(ManualLinkService.class, new ManualLinkService(components.get(ManualLinkStore.class),
                accounts, auditLog, tickets, clock));
        components.register(BackfillService.class, new BackfillService(issueReader, tickets, stores.backfillCursor(),
                components.get(SettingsStore.class), new RecordingRefresher(), clock));
        components.register(PanelService.class, new PanelService(ledger, accounts, history, signals, csat, plans,
                ctaStore, tickets, clock));
    }

    private static ResourceConfig restApplication(SandboxUsers users, SandboxComponents components) {
        ResourceConfig config = new ResourceConfig();
        config.packages("io.successdesk.rest");
        config.register(new RestAccessFeature(users));
        config.register(new AbstractBinder() {
            @Override
            protected void configure() {
                for (Map.Entry<Class<?>, Object> entry : components.all().entrySet()) {
                    bindInstance(entry.getKey(), entry.getValue());
                }
            }

            @SuppressWarnings("unchecked")
            private <T> void bindInstance(Class<T> type, Object instance) {
                bind((T) instance).to(type);
            }
        });
        return config;
    }

    private static VelocityEngine velocity() {
        Properties properties = new Properties();
        properties.setProperty("resource.loaders", "class");
        properties.setProperty("resource.loader.class.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        properties.setProperty("event_handler.reference_insertion.class",
                "org.apache.velocity.app.event.implement.EscapeHtmlReference");
        VelocityEngine engine = new VelocityEngine(properties);
        engine.init();
        return engine;
    }

    public String baseUrl() {
        int port = ((NetworkConnector) server.getConnectors()[0]).getLocalPort();
        return "http://localhost:" + port + HostPage.CONTEXT_PATH;
    }

    @Override
    public void close() {
        try {
            events.unregister();
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("sandbox did not stop cleanly", e);
        } finally {
            database.close();
        }
    }
}
