package io.successdesk.sandbox;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.successdesk.app.ticket.DefaultTicketEventLaneSizes;
import io.successdesk.app.config.PickerChoices;
import io.successdesk.app.config.SettingsStore;
import io.successdesk.app.config.SuccessDeskSettings;
import io.successdesk.app.cta.CtaIssueCreator;
import io.successdesk.app.issue.IssueAccess;
import io.successdesk.app.issue.IssueReader;
import io.successdesk.app.security.AdminSessionGuard;
import io.successdesk.jira.LocalClusterLocks;
import io.successdesk.app.survey.RecipientLocales;
import io.successdesk.app.survey.RecordingSurveyMailer;
import io.successdesk.app.survey.SiteUrl;
import io.successdesk.app.survey.SurveyMailer;
import io.successdesk.app.survey.SurveyRequest;
import io.successdesk.app.survey.SurveyInvitations;
import io.successdesk.app.survey.SurveySettings;
import io.successdesk.app.survey.SurveySettingsStore;
import io.successdesk.app.survey.SurveyTicket;
import io.successdesk.app.ticket.TicketLedger;
import io.successdesk.app.voc.CsatStore;
import io.successdesk.app.voc.SatisfactionReader;
import io.successdesk.domain.account.AccountKey;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.velocity.app.VelocityEngine;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.NetworkConnector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.internal.inject.AbstractBinder;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.SchedulerService;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    /** The company name the sandbox's survey page shows (the survey settings' company name). */
    public static final String SANDBOX_COMPANY = "Example Software Ltd.";

    private final Server server;
    private final SandboxDatabase database;
    private final SandboxSurvey survey;
    private final LifecycleAware lifecycle;
    private final SandboxNodeRegistry node;
    private final SandboxScheduler scheduler;
    private final io.successdesk.app.change.AccountChangeLog accountChangeLog;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /** The sandbox's survey wiring (in-memory CSAT and token stores, a recording mailer), for the dev server and tests. */
    public record SandboxSurvey(SurveyInvitations invitations, CsatStore csat, RecordingSurveyMailer mailer,
                                SurveySettingsStore settings) {
    }

    /** What a node shares with the other nodes of a sandbox cluster and what is its own. */
    private record Node(SandboxDatabase database, SandboxIssues issues, String name, Duration schedulerPoll,
                        Optional<DefaultTicketEventLaneSizes> lanes) {
    }

    private final SandboxIssues issues;

    private SandboxServer(Server server, Node node, SandboxSurvey survey, SandboxComponents components,
                          SandboxNodeRegistry registry, SandboxScheduler scheduler) {
        this.server = server;
        this.database = node.database();
        this.survey = survey;
        this.lifecycle = components.get(LifecycleAware.class);
        this.accountChangeLog = components.get(io.successdesk.app.change.AccountChangeLog.class);
        this.node = registry;
        this.scheduler = scheduler;
        this.issues = node.issues();
    }

    /** The sandbox's Jira issues (tests find the ones they created by summary). */
    public SandboxIssues issues() {
        return issues;
    }

    public SandboxSurvey survey() {
        return survey;
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.getInteger("successdesk.port", 2990);
        int nodes = Integer.getInteger(SandboxNodes.NODES_PROPERTY, 1);
        SandboxServer sandbox;
        if (nodes > 1) {
            SandboxNodes cluster = SandboxNodes.start(nodes, port, SandboxNodes.devDatabaseUrl(), Duration.ofSeconds(1));
            Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "sandbox-shutdown"));
            sandbox = cluster.node(0);
            System.out.println();
            System.out.println("SuccessDesk sandbox cluster: " + nodes + " nodes in one JVM, each with its own components,"
                    + " pools and scheduler, on " + sandbox.database.description());
            cluster.nodes().forEach(each -> System.out.println("  node " + each.nodeId() + ": " + each.baseUrl() + "/"));
        } else {
            sandbox = start(port, Path.of("target", "sandbox"), true);
            Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "sandbox-shutdown"));
            System.out.println();
            System.out.println("SuccessDesk sandbox is running on " + sandbox.database.description());
        }
        System.out.println("  Open " + sandbox.baseUrl() + "/  (users admin, csm, agent, viewer, finance, lead, outsider; password = user name)");
        System.out.println("  Issue view: " + sandbox.baseUrl() + "/browse/SUP-1");
        System.out.println("  REST:       " + sandbox.baseUrl() + REST_PATH + "/");
        sandbox.survey.invitations().inviteOnResolution(new SurveyRequest(20003L,
                new SurveyTicket("SUP-3", "How do I add a second billing contact?"), "SUP", AccountKey.of("INITECH"),
                Optional.of("sam@initech.example"), Optional.of("sam@initech.example"), Optional.empty()));
        System.out.println("  Survey:     " + sandbox.survey.mailer().sent().get(0).body().lines()
                .filter(line -> line.startsWith("http")).findFirst().orElse("(no link)") + "  (one-time link for SUP-3)");
        System.out.println("  Tickets:    " + sandbox.baseUrl() + "/sandbox/tickets  (admin: create, comment, resolve live)");
        System.out.println("  Accounts:   " + sandbox.baseUrl() + "/plugins/servlet/successdesk/accounts");
        System.out.println("  Dashboard:  " + sandbox.baseUrl() + "/secure/Dashboard.jspa  (26 weeks of CSAT, 24 months of ARR)");
        System.out.println("Press Ctrl+C to stop.");
        sandbox.server.join();
    }

    /** Starts a sandbox; port 0 picks a free port (tests). */
    public static SandboxServer start(int port, Path dataDirectory) throws Exception {
        return start(port, dataDirectory, false);
    }

    /** As {@link #start(int, Path)}; {@code demoData} adds the dashboard's history ({@link SandboxDemoData}). */
    static SandboxServer start(int port, Path dataDirectory, boolean demoData) throws Exception {
        return start(port, new Node(SandboxDatabase.open(dataDirectory), new SandboxIssues(), "node1", Duration.ofSeconds(1),
                Optional.empty()), demoData);
    }

    /**
     * Starts one node of a sandbox cluster on the PostgreSQL database at {@code jdbcUrl}: its own components, pools,
     * scheduler and HTTP port; Jira's issues ({@code issues}) are the cluster's. {@code lanes} replaces the app's
     * ticket event lane sizes on this node (a test fills a tiny lane).
     */
    static SandboxServer startNode(int port, String jdbcUrl, SandboxIssues issues, String name, Duration schedulerPoll,
                                   Optional<DefaultTicketEventLaneSizes> lanes) throws Exception {
        return start(port, new Node(SandboxDatabase.postgres(jdbcUrl), issues, name, schedulerPoll, lanes), false);
    }

    private static SandboxServer start(int port, Node node, boolean demoData) throws Exception {
        SandboxDatabase database = node.database();
        SandboxUsers users = new SandboxUsers();
        SandboxIssues issues = node.issues();
        SandboxPageBuilder pageBuilder = new SandboxPageBuilder();
        PluginDescriptor descriptor = PluginDescriptor.load();
        database.migrate(descriptor.entities());
        SandboxSql hostSql = new SandboxSql(database.host());
        SandboxNodeRegistry registry = SandboxNodeRegistry.join(hostSql, node.name());
        SandboxScheduler scheduler = new SandboxScheduler(hostSql, registry.nodeId(), Clock.systemUTC(), node.schedulerPoll());
        AtomicReference<String> siteUrl = new AtomicReference<>("http://localhost:" + port + HostPage.CONTEXT_PATH);
        RecordingSurveyMailer mailer = new RecordingSurveyMailer(true);
        SandboxEventPublisher eventPublisher = new SandboxEventPublisher();
        SandboxWebSudo webSudo = new SandboxWebSudo();

        SandboxComponents components = new SandboxComponents();
        registerStandIns(components, database, users, issues, pageBuilder, eventPublisher, mailer, siteUrl, webSudo);
        components.register(SandboxPluginSettings.class, new SandboxPluginSettings(hostSql));
        components.register(SchedulerService.class, scheduler);
        components.register(ClusterLockService.class, new SandboxClusterLockService(hostSql, registry.nodeId()));
        node.lanes().ifPresent(lanes -> components.register(DefaultTicketEventLaneSizes.class, lanes));
        components.createIndexedComponents(APP_COMPONENTS);
        SettingsStore settings = components.get(SettingsStore.class);
        SuccessDeskSettings defaults = SuccessDeskSettings.defaults();
        settings.save(new SuccessDeskSettings(Set.of("SUP"), defaults.csmGroups(), defaults.viewerGroups(),
                defaults.financialViewerGroups()).withSurveyProjects(Set.of("SUP")));
        components.get(SurveySettingsStore.class).save(new SurveySettings(Optional.of(SANDBOX_COMPANY)));
        // what SAL does once Jira is up: the survey secret, the account-change worker, the issue listener, the jobs
        components.get(LifecycleAware.class).onStart();
        SandboxSeed.seed(components, issues);
        if (demoData) {
            SandboxDemoData.seed(components);
        }

        HostPage hostPage = new HostPage(descriptor, components);
        VelocityEngine velocity = velocity();
        components.register(TemplateRenderer.class, new SandboxTemplateRenderer(velocity, hostPage));
        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath(HostPage.CONTEXT_PATH);
        context.addFilter(new FilterHolder(new SandboxAuthFilter(users)), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addFilter(new FilterHolder((Filter) (request, response, chain) -> {
            webSudo.bind((HttpServletRequest) request);
            try {
                chain.doFilter(request, response);
            } finally {
                webSudo.unbind();
            }
        }), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(new WebSudoServlet(users, hostPage)), SandboxWebSudo.AUTHENTICATE_PATH);
        HomeServlet home = new HomeServlet(users, issues, hostPage);
        context.addServlet(new ServletHolder(home), "");
        context.addServlet(new ServletHolder(home), "/logout");
        context.addServlet(new ServletHolder(new LoginServlet(users, hostPage)), "/login.jsp");
        context.addServlet(new ServletHolder(new IssueViewServlet(users, issues, descriptor, components, pageBuilder,
                hostPage, velocity)), "/browse/*");
        context.addServlet(new ServletHolder(new SandboxTicketServlet(users, issues, eventPublisher,
                components.get(TicketLedger.class), hostPage)), "/sandbox/tickets");
        context.addServlet(new ServletHolder(new SandboxDashboardServlet(users, descriptor, components, hostPage)),
                "/secure/Dashboard.jspa");
        context.addServlet(new ServletHolder(new SandboxDashboardPreferences(users)), "/sandbox/dashboard/preferences/*");
        context.addServlet(new ServletHolder(StaticResourceServlet.webResources(descriptor)), "/download/resources/*");
        context.addServlet(new ServletHolder(StaticResourceServlet.under("META-INF/resources/webjars")), "/sandbox/webjars/*");
        context.addServlet(new ServletHolder(StaticResourceServlet.under("sandbox/static")), "/sandbox/static/*");
        context.addServlet(new ServletHolder(StaticResourceServlet.npmPackage(HostPage.NODE_MODULES.resolve("@atlassian/aui/dist/aui"))),
                HostPage.AUI_PATH + "/*");
        context.addServlet(new ServletHolder(StaticResourceServlet.npmPackage(HostPage.NODE_MODULES.resolve("jquery/dist"))),
                HostPage.JQUERY_PATH + "/*");
        context.addServlet(new ServletHolder(new ServletContainer(restApplication(users, components))), REST_PATH + "/*");
        // the app's <servlet> modules, created like Jira creates them and served under /plugins/servlet, with Jira's
        // decorator around pages that ask for it
        context.addFilter(new FilterHolder(new SandboxDecoratorFilter(hostPage, users, pageBuilder)), "/plugins/servlet/*",
                EnumSet.of(DispatcherType.REQUEST));
        for (PluginDescriptor.Servlet servlet : descriptor.servlets()) {
            ServletHolder holder = new ServletHolder((jakarta.servlet.Servlet) components.create(servlet.className()));
            servlet.urlPatterns().forEach(pattern -> context.addServlet(holder, "/plugins/servlet" + pattern));
        }

        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(port);
        // longer than the JDK HTTP client's 30 s keep-alive, so a client never reuses a connection the server just closed
        connector.setIdleTimeout(120_000);
        server.addConnector(connector);
        server.setHandler(context);
        server.start();
        SandboxServer sandbox = new SandboxServer(server, node,
                new SandboxSurvey(components.get(SurveyInvitations.class), components.get(CsatStore.class), mailer,
                        components.get(SurveySettingsStore.class)), components, registry, scheduler);
        siteUrl.set(sandbox.baseUrl());
        return sandbox;
    }

    /**
     * The app's own components the sandbox creates from the Spring Scanner index: all use cases and stores, and the
     * Jira adapters whose host services the sandbox stands in for (plugin settings, SAL users, the event publisher).
     */
    private static final Set<String> APP_COMPONENTS = Set.of("io.successdesk.app.", "io.successdesk.store.",
            "io.successdesk.jira.config.", "io.successdesk.jira.user.", "io.successdesk.jira.survey.PluginSettingsSurveySecretStore",
            "io.successdesk.jira.survey.PluginSettingsSurveySettingsStore", "io.successdesk.jira.event.",
            "io.successdesk.jira.job.", "io.successdesk.jira.lifecycle.");

    /** Stand-ins for Jira's host services and for the Jira-side ports whose adapters need a running Jira. */
    private static void registerStandIns(SandboxComponents components, SandboxDatabase database, SandboxUsers users,
                                         SandboxIssues issues, SandboxPageBuilder pageBuilder,
                                         SandboxEventPublisher eventPublisher, RecordingSurveyMailer mailer,
                                         AtomicReference<String> siteUrl, SandboxWebSudo webSudo) {
        components.register(ActiveObjects.class, database.activeObjects());
        components.register(UserManager.class, users);
        components.register(PageBuilderService.class, pageBuilder);
        // SAL's login URI as Jira's Seraph answers it: the login page, coming back to the page asked for
        components.register(LoginUriProvider.class, returnUri -> java.net.URI.create(HostPage.CONTEXT_PATH
                + "/login.jsp?os_destination=" + java.net.URLEncoder.encode(returnUri.toString(),
                java.nio.charset.StandardCharsets.UTF_8)));
        components.register(EventPublisher.class, eventPublisher);
        components.register(Clock.class, Clock.systemUTC());
        components.register(IssueAccess.class, new SandboxIssueAccess(users, issues));
        components.register(IssueReader.class, new SandboxIssueReader(issues));
        components.register(AdminSessionGuard.class, new SandboxAdminSessionGuard(webSudo));
        components.register(WebSudoManager.class, webSudo);
        components.register(PickerChoices.class, new SandboxPickerChoices(issues, users));
        components.register(SurveyMailer.class, mailer);
        components.register(SiteUrl.class, siteUrl::get);
        components.register(RecipientLocales.class, userKey -> Locale.ENGLISH);
        components.register(SatisfactionReader.class, issueId -> Optional.empty());
        components.register(CtaIssueCreator.class, request -> Optional.empty());
    }

    private static ResourceConfig restApplication(SandboxUsers users, SandboxComponents components) {
        ResourceConfig config = new ResourceConfig();
        config.packages("io.successdesk.rest");
        config.register(new RestAccessFeature(users));
        config.register(new AbstractBinder() {
            @Override
            protected void configure() {
                for (Object instance : components.all().keySet()) {
                    for (Class<?> contract : contractsOf(instance.getClass())) {
                        bindInstance(contract, instance);
                    }
                }
            }

            @SuppressWarnings("unchecked")
            private <T> void bindInstance(Class<T> type, Object instance) {
                bind((T) instance).to(type);
            }
        });
        return config;
    }

    /** The class and every supertype Spring could inject it as (resources ask for ports by interface). */
    private static Set<Class<?>> contractsOf(Class<?> type) {
        Set<Class<?>> contracts = new java.util.LinkedHashSet<>();
        java.util.Deque<Class<?>> pending = new java.util.ArrayDeque<>(List.of(type));
        while (!pending.isEmpty()) {
            Class<?> next = pending.pop();
            if (next == Object.class || !contracts.add(next)) {
                continue;
            }
            pending.addAll(Arrays.asList(next.getInterfaces()));
            if (next.getSuperclass() != null) {
                pending.add(next.getSuperclass());
            }
        }
        return contracts;
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

    /**
     * Waits until the account-change worker has brought every marked account current (tests that read the audit
     * log or CTAs need the background work of earlier writes done).
     *
     * @throws IllegalStateException when it has not within {@code timeout}
     */
    public void awaitAccountChangesProcessed(java.time.Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!accountChangeLog.pending(1).isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("account changes still pending after " + timeout);
            }
            java.util.concurrent.locks.LockSupport.parkNanos(java.time.Duration.ofMillis(10).toNanos());
        }
    }

    public String baseUrl() {
        int port = ((NetworkConnector) server.getConnectors()[0]).getLocalPort();
        return "http://localhost:" + port + HostPage.CONTEXT_PATH;
    }

    /** This node's id in the cluster. */
    public String nodeId() {
        return node.nodeId();
    }

    /** This node's scheduler (tests run due jobs and read the cluster's run history through it). */
    public SandboxScheduler scheduler() {
        return scheduler;
    }

    /**
     * Stops the node as Jira stops one: the plugin's onStop (listener, job runners, account-change worker), the
     * scheduler, HTTP, then the database pools (aborting work still in flight); the node leaves the cluster.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            lifecycle.onStop();
            scheduler.stop(Duration.ofSeconds(10));
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("sandbox did not stop cleanly", e);
        } finally {
            try {
                node.leave();
            } finally {
                database.close();
            }
        }
    }
}
