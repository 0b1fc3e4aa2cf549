package io.successdesk.sandbox;

import com.atlassian.plugin.web.Condition;
import com.google.gson.Gson;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Jira-shaped page around the app's fragments: Jira's page layout in the real AUI (npm {@code @atlassian/aui},
 * the version Jira 11 ships), the host scripts Jira pages provide (jQuery, AUI, an AMD loader, the context path and
 * the i18n texts) and the app's web resources, in dependency order.
 */
final class HostPage {

    static final String CONTEXT_PATH = "/jira";
    /** The npm packages the build installed (package-lock.json): the real AUI and jQuery Jira gives every app. */
    static final Path NODE_MODULES = Path.of(System.getProperty("successdesk.nodeModules", "node_modules"));
    static final String AUI_PATH = "/sandbox/aui";
    static final String JQUERY_PATH = "/sandbox/jquery";
    /** Web resources Jira itself provides: every AUI component and WRM's context-path module. */
    private static final List<String> HOST_PROVIDED = List.of("com.atlassian.auiplugin:",
            "com.atlassian.plugins.atlassian-plugins-webresource-plugin:context-path");

    /** Jira's top navigation bar, where apps add their own menu. */
    static final String TOP_NAVIGATION = "system.top.navigation.bar";
    /** The "Manage apps" section of Jira's administration; the sandbox lists its items in the header for admins. */
    static final String ADMIN_APPS_SECTION = "admin_plugins_menu/upm_section";

    private final PluginDescriptor descriptor;
    private final SandboxComponents components;
    private final Map<String, String> messages;
    private final String i18nJson;

    HostPage(PluginDescriptor descriptor, SandboxComponents components) {
        this.descriptor = descriptor;
        this.components = components;
        this.messages = loadI18n();
        this.i18nJson = new Gson().toJson(messages);
    }

    /** The app's text for an i18n key, or the key itself when it has none (as Jira shows it). */
    String text(String key) {
        return messages.getOrDefault(key, key);
    }

    String render(String title, SandboxUsers.SandboxUser user, String body, Collection<String> requiredResources) {
        return page(Html.escape(title), user, body, requiredResources, false, List.of());
    }

    /** A Jira page that also runs host scripts of its own after the app's (the dashboard's item container). */
    String render(String title, SandboxUsers.SandboxUser user, String body, Collection<String> requiredResources,
                  String... hostScripts) {
        return page(Html.escape(title), user, body, requiredResources, false, List.of(hostScripts));
    }

    /** A servlet page Jira's decorator wraps: its title and body are the servlet's own (already escaped) HTML. */
    String renderDecorated(String titleHtml, SandboxUsers.SandboxUser user, String bodyHtml,
                           Collection<String> requiredResources, boolean admin) {
        return page(titleHtml, user, bodyHtml, requiredResources, admin, List.of());
    }

    private String page(String titleHtml, SandboxUsers.SandboxUser user, String body, Collection<String> requiredResources,
                        boolean admin, List<String> hostScripts) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(titleHtml).append(" - SuccessDesk sandbox</title>")
                .append("<meta name=\"ajs-context-path\" content=\"").append(CONTEXT_PATH).append("\">")
                .append("<link rel=\"stylesheet\" href=\"").append(CONTEXT_PATH).append(AUI_PATH).append("/aui-prototyping.css\">")
                .append("<link rel=\"stylesheet\" href=\"").append(CONTEXT_PATH).append("/sandbox/static/host.css\">");
        List<String> scripts = new ArrayList<>();
        for (String key : ordered(requiredResources)) {
            descriptor.webResource(key).ifPresent(resource -> resource.downloads().keySet().forEach(name -> {
                String url = CONTEXT_PATH + "/download/resources/" + key + "/" + name;
                if (name.endsWith(".css")) {
                    html.append("<link rel=\"stylesheet\" href=\"").append(url).append("\">");
                } else if (name.endsWith(".js")) {
                    scripts.add(url);
                }
            }));
        }
        html.append("</head><body class=\"aui-layout aui-theme-default\"><div id=\"page\">")
                .append("<header id=\"header\" role=\"banner\"><nav class=\"aui-header\" aria-label=\"Site\">")
                .append("<div class=\"aui-header-inner\"><div class=\"aui-header-primary\">")
                .append("<span id=\"logo\" class=\"aui-header-logo aui-header-logo-textonly\"><a href=\"").append(CONTEXT_PATH)
                .append("/\"><span class=\"aui-header-logo-device\">Jira</span></a></span>")
                .append("<ul class=\"aui-nav\"><li><a href=\"").append(CONTEXT_PATH).append("/\">SuccessDesk sandbox</a></li>")
                .append(webItemLinks(TOP_NAVIGATION, user))
                .append(user != null && user.groups().contains(SandboxUsers.ADMIN_GROUP) ? webItemLinks(ADMIN_APPS_SECTION, user) : "")
                .append("</ul>")
                .append("</div><div class=\"aui-header-secondary\"><ul class=\"aui-nav\"><li class=\"sandbox-user\">")
                .append(user == null ? "<a href=\"" + CONTEXT_PATH + "/login.jsp\">Log in</a>"
                        : "<span class=\"sandbox-user-name\">" + Html.escape(user.displayName()) + "</span></li><li><a href=\""
                        + CONTEXT_PATH + "/logout\">Log out</a>")
                .append("</li></ul></div></div></nav></header>")
                .append("<section id=\"content\" role=\"main\"").append(admin ? " class=\"sandbox-admin\"" : "")
                .append("><div class=\"aui-page-panel\"><div class=\"aui-page-panel-inner\">")
                .append("<section class=\"aui-page-panel-content\">").append(body).append("</section></div></div></section>")
                .append("</div>");
        // What a Jira page loads before any app script: jQuery, AUI (global AJS, registered before the AMD loader so
        // its UMD wrapper does not turn it into an anonymous module), the AMD loader, then the host glue.
        html.append("<script src=\"").append(CONTEXT_PATH).append(JQUERY_PATH).append("/jquery.min.js\"></script>")
                .append("<script src=\"").append(CONTEXT_PATH).append(AUI_PATH).append("/aui-prototyping.js\"></script>")
                .append("<script src=\"").append(CONTEXT_PATH).append("/sandbox/webjars/requirejs/2.3.7/require.js\"></script>")
                .append("<script>window.SANDBOX_I18N = ").append(i18nJson).append(";</script>")
                .append("<script src=\"").append(CONTEXT_PATH).append("/sandbox/static/host.js\"></script>");
        scripts.forEach(url -> html.append("<script src=\"").append(url).append("\"></script>"));
        hostScripts.forEach(name -> html.append("<script src=\"").append(CONTEXT_PATH).append("/sandbox/static/")
                .append(name).append("\"></script>"));
        html.append("</body></html>\n");
        return html.toString();
    }

    /**
     * Links of the app's web items in a section whose conditions let the current user see them, as Jira renders a
     * section: the condition classes are the app's own, created like Jira creates them.
     */
    private String webItemLinks(String section, SandboxUsers.SandboxUser user) {
        StringBuilder links = new StringBuilder();
        for (PluginDescriptor.WebItem item : descriptor.webItems(section)) {
            if (user == null || !visible(item)) {
                continue;
            }
            links.append("<li><a id=\"").append(Html.escape(item.linkId())).append("\" href=\"").append(CONTEXT_PATH)
                    .append(Html.escape(item.link())).append("\">").append(Html.escape(text(item.labelKey()))).append("</a></li>");
        }
        return links.toString();
    }

    private boolean visible(PluginDescriptor.WebItem item) {
        if (item.conditionClass().isEmpty()) {
            return true;
        }
        Condition condition = (Condition) components.create(item.conditionClass().get());
        condition.init(Map.of());
        return condition.shouldDisplay(Map.of());
    }

    /** The app's resources with their in-plugin dependencies first; host dependencies are always present. */
    private Set<String> ordered(Collection<String> keys) {
        Set<String> result = new LinkedHashSet<>();
        keys.forEach(key -> visit(key, result));
        return result;
    }

    private void visit(String key, Set<String> result) {
        if (HOST_PROVIDED.stream().anyMatch(key::startsWith) || result.contains(key)) {
            return;
        }
        PluginDescriptor.WebResource resource = descriptor.webResource(key)
                .orElseThrow(() -> new IllegalStateException("unknown web resource " + key));
        resource.dependencies().forEach(dependency -> visit(dependency, result));
        result.add(key);
    }

    private static Map<String, String> loadI18n() {
        Properties properties = new Properties();
        try (InputStream in = HostPage.class.getClassLoader().getResourceAsStream("i18n/successdesk.properties")) {
            if (in == null) {
                throw new IllegalStateException("i18n/successdesk.properties missing from the class path");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> messages = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> messages.put(name, properties.getProperty(name)));
        return messages;
    }
}
