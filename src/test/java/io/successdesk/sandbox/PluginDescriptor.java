package io.successdesk.sandbox;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The app's real {@code atlassian-plugin.xml} (as the build filtered it), read the way Jira's plugin system reads
 * the parts the sandbox hosts: web resources, web panels, servlets, web items and dashboard items.
 */
final class PluginDescriptor {

    record WebResource(String key, List<String> dependencies, Map<String, String> downloads, List<String> contexts) {
    }

    /** A dashboard item: its title, the AMD module that renders it, and the condition (with its params) Jira checks. */
    record DashboardItem(String key, String titleKey, String amdModule, boolean configurable,
                         Optional<String> conditionClass, Map<String, String> conditionParams) {
    }

    record WebPanel(String key, String location, String labelKey, Optional<String> conditionClass,
                    Optional<String> contextProviderClass, String viewTemplate) {
    }

    record Servlet(String key, String className, List<String> urlPatterns) {
    }

    /** A web item; {@code linkId} is the id Jira gives its anchor (the link's {@code linkId}, else the module key). */
    record WebItem(String key, String section, int weight, String labelKey, String link, String linkId,
                   Optional<String> conditionClass) {
    }

    private final String pluginKey;
    private final List<Servlet> servlets = new ArrayList<>();
    private final List<WebItem> webItems = new ArrayList<>();
    private final Map<String, WebResource> webResources = new LinkedHashMap<>();
    private final List<WebPanel> webPanels = new ArrayList<>();
    private final List<String> entities = new ArrayList<>();
    private final List<DashboardItem> dashboardItems = new ArrayList<>();

    private PluginDescriptor(Element root) {
        pluginKey = root.getAttribute("key");
        children(root, "ao").forEach(ao -> children(ao, "entity").forEach(e -> entities.add(e.getTextContent().trim())));
        for (Element element : children(root, "web-resource")) {
            Map<String, String> downloads = new LinkedHashMap<>();
            children(element, "resource").stream().filter(r -> r.getAttribute("type").equals("download"))
                    .forEach(r -> downloads.put(r.getAttribute("name"), r.getAttribute("location").replaceFirst("^/", "")));
            List<String> dependencies = children(element, "dependency").stream().map(d -> d.getTextContent().trim()).toList();
            List<String> contexts = children(element, "context").stream().map(c -> c.getTextContent().trim()).toList();
            webResources.put(element.getAttribute("key"), new WebResource(element.getAttribute("key"), dependencies, downloads,
                    contexts));
        }
        for (Element element : children(root, "dashboard-item")) {
            Optional<Element> condition = children(element, "condition").stream().findFirst();
            Map<String, String> params = new LinkedHashMap<>();
            condition.ifPresent(c -> children(c, "param").forEach(p -> params.put(p.getAttribute("name"), p.getTextContent().trim())));
            String titleKey = children(element, "definition").stream().flatMap(d -> children(d, "title").stream())
                    .findFirst().map(t -> t.getAttribute("key")).orElse("");
            dashboardItems.add(new DashboardItem(element.getAttribute("key"), titleKey,
                    children(element, "amd-module").stream().findFirst().map(m -> m.getTextContent().trim()).orElseThrow(),
                    "true".equals(element.getAttribute("configurable")), condition.map(c -> c.getAttribute("class")),
                    Map.copyOf(params)));
        }
        readServletsAndWebItems(root);
        for (Element element : children(root, "web-panel")) {
            String view = children(element, "resource").stream().filter(r -> r.getAttribute("name").equals("view"))
                    .findFirst().orElseThrow().getAttribute("location");
            String labelKey = children(element, "label").stream().findFirst().map(l -> l.getAttribute("key")).orElse("");
            webPanels.add(new WebPanel(element.getAttribute("key"), element.getAttribute("location"), labelKey,
                    children(element, "condition").stream().findFirst().map(c -> c.getAttribute("class")),
                    children(element, "context-provider").stream().findFirst().map(c -> c.getAttribute("class")),
                    view));
        }
    }

    private void readServletsAndWebItems(Element root) {
        for (Element element : children(root, "servlet")) {
            servlets.add(new Servlet(element.getAttribute("key"), element.getAttribute("class"),
                    children(element, "url-pattern").stream().map(u -> u.getTextContent().trim()).toList()));
        }
        for (Element element : children(root, "web-item")) {
            String weight = element.getAttribute("weight");
            webItems.add(new WebItem(element.getAttribute("key"), element.getAttribute("section"),
                    weight.isEmpty() ? 0 : Integer.parseInt(weight),
                    children(element, "label").stream().findFirst().map(l -> l.getAttribute("key")).orElse(""),
                    children(element, "link").stream().findFirst().map(l -> l.getTextContent().trim()).orElse(""),
                    children(element, "link").stream().findFirst().map(l -> l.getAttribute("linkId"))
                            .filter(id -> !id.isEmpty()).orElse(element.getAttribute("key")),
                    children(element, "condition").stream().findFirst().map(c -> c.getAttribute("class"))));
        }
    }

    /** The {@code <servlet>} modules, which Jira serves under {@code /plugins/servlet}. */
    List<Servlet> servlets() {
        return List.copyOf(servlets);
    }

    /** The web items of a section, lightest weight first, as Jira orders them. */
    List<WebItem> webItems(String section) {
        return webItems.stream().filter(item -> item.section().equals(section))
                .sorted(java.util.Comparator.comparingInt(WebItem::weight)).toList();
    }

    /** The Active Objects entity classes of the {@code <ao>} module, which Jira migrates when the app starts. */
    List<String> entities() {
        return List.copyOf(entities);
    }

    static PluginDescriptor load() {
        try (InputStream in = PluginDescriptor.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            if (in == null) {
                throw new IllegalStateException("atlassian-plugin.xml is not on the class path: run mvn -Psandbox");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(in);
            return new PluginDescriptor(document.getDocumentElement());
        } catch (Exception e) {
            throw new IllegalStateException("cannot read atlassian-plugin.xml", e);
        }
    }

    String pluginKey() {
        return pluginKey;
    }

    Optional<WebResource> webResource(String completeKey) {
        String prefix = pluginKey + ":";
        return completeKey.startsWith(prefix)
                ? Optional.ofNullable(webResources.get(completeKey.substring(prefix.length())))
                : Optional.empty();
    }

    /** The dashboard items, in descriptor order. */
    List<DashboardItem> dashboardItems() {
        return List.copyOf(dashboardItems);
    }

    /** Complete keys of the web resources Jira loads with pages of a context ({@code atl.dashboard}, ...). */
    List<String> webResourcesInContext(String context) {
        return webResources.values().stream().filter(resource -> resource.contexts().contains(context))
                .map(resource -> pluginKey + ":" + resource.key()).toList();
    }

    List<WebPanel> webPanels(String location) {
        return webPanels.stream().filter(panel -> panel.location().equals(location)).toList();
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element child && child.getTagName().equals(tag)) {
                result.add(child);
            }
        }
        return result;
    }
}
