package io.successdesk.sandbox;

import com.google.gson.Gson;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Jira-shaped page around the app's fragments: AUI-like chrome, the host scripts Jira pages provide (an AMD
 * loader, jQuery, the few AJS functions the app calls) and the app's web resources, in dependency order.
 */
final class HostPage {

    static final String CONTEXT_PATH = "/jira";
    private static final String HOST_DEPENDENCY = "com.atlassian.auiplugin:ajs";

    private final PluginDescriptor descriptor;
    private final Map<String, String> messages;
    private final String i18nJson;

    HostPage(PluginDescriptor descriptor) {
        this.descriptor = descriptor;
        this.messages = loadI18n();
        this.i18nJson = new Gson().toJson(messages);
    }

    /** The app's text for an i18n key, or the key itself when it has none (as Jira shows it). */
    String text(String key) {
        return messages.getOrDefault(key, key);
    }

    String render(String title, SandboxUsers.SandboxUser user, String body, Collection<String> requiredResources) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(Html.escape(title)).append(" - SuccessDesk sandbox</title>")
                .append("<meta name=\"ajs-context-path\" content=\"").append(CONTEXT_PATH).append("\">")
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
        html.append("</head><body class=\"aui-layout\">")
                .append("<header class=\"aui-header\"><a class=\"aui-header-logo\" href=\"").append(CONTEXT_PATH)
                .append("/\">Jira <small>SuccessDesk sandbox</small></a><span class=\"sandbox-user\">")
                .append(user == null ? "<a href=\"" + CONTEXT_PATH + "/login.jsp\">Log in</a>"
                        : Html.escape(user.displayName()) + " (<a href=\"" + CONTEXT_PATH + "/logout\">log out</a>)")
                .append("</span></header><main class=\"aui-page-panel\">").append(body).append("</main>");
        html.append("<script src=\"").append(CONTEXT_PATH).append("/sandbox/webjars/jquery/3.7.1/jquery.min.js\"></script>")
                .append("<script src=\"").append(CONTEXT_PATH).append("/sandbox/webjars/requirejs/2.3.7/require.js\"></script>")
                .append("<script>window.SANDBOX_I18N = ").append(i18nJson).append(";</script>")
                .append("<script src=\"").append(CONTEXT_PATH).append("/sandbox/static/host.js\"></script>");
        scripts.forEach(url -> html.append("<script src=\"").append(url).append("\"></script>"));
        html.append("</body></html>\n");
        return html.toString();
    }

    /** The app's resources with their in-plugin dependencies first; host dependencies are always present. */
    private Set<String> ordered(Collection<String> keys) {
        Set<String> result = new LinkedHashSet<>();
        keys.forEach(key -> visit(key, result));
        return result;
    }

    private void visit(String key, Set<String> result) {
        if (key.equals(HOST_DEPENDENCY) || result.contains(key)) {
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
