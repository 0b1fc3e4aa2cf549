package io.successdesk.bundle;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Everything {@code atlassian-plugin.xml} names must exist in the jar; a broken module disables the whole app. */
class PluginDescriptorIT {

    private static final String PLUGIN_KEY = System.getProperty("successdesk.pluginKey", "io.successdesk.successdesk-jira");
    private static final Pattern JS_I18N = Pattern.compile("AJS\\.I18n\\.getText\\(\\s*['\"]([^'\"]+)['\"]");
    private static final Pattern VM_I18N = Pattern.compile("\\$i18n\\.getText\\(\\s*['\"]([^'\"]+)['\"]");

    private static BuiltBundle bundle;
    private static String descriptorText;
    private static Element root;
    private static Properties i18n;

    @BeforeAll
    static void readDescriptor() throws Exception {
        bundle = BuiltBundle.shared();
        descriptorText = bundle.text("atlassian-plugin.xml").orElseThrow(() -> new AssertionError("no atlassian-plugin.xml"));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(descriptorText.getBytes(StandardCharsets.UTF_8)));
        root = document.getDocumentElement();
        i18n = new Properties();
        String i18nLocation = only("resource[@type=i18n]", elements(root, "resource").stream()
                .filter(e -> e.getAttribute("type").equals("i18n")).toList()).getAttribute("location");
        i18n.load(new StringReader(bundle.text(i18nLocation.replace('.', '/') + ".properties")
                .orElseThrow(() -> new AssertionError("i18n bundle missing: " + i18nLocation))));
    }

    @Test
    void shouldCarryThePluginKeyAndNoUnfilteredPlaceholders() {
        assertThat(root.getAttribute("key")).isEqualTo(PLUGIN_KEY).doesNotContain(":");
        assertThat(root.getAttribute("plugins-version")).isEqualTo("2");
        assertThat(descriptorText).doesNotContain("${");
    }

    @Test
    void shouldDeclareDataCenterCompatibility() {
        Element info = only("plugin-info", elements(root, "plugin-info"));
        List<String> params = elements(info, "param").stream()
                .map(p -> p.getAttribute("name") + "=" + p.getTextContent().trim()).toList();
        assertThat(params).contains("atlassian-data-center-status=compatible", "atlassian-data-center-compatible=true");
    }

    @Test
    void shouldFixTheActiveObjectsNamespaceForever() {
        Element ao = only("ao", elements(root, "ao"));
        assertThat(ao.getAttribute("namespace")).isEqualTo("io.successdesk");
    }

    @Test
    void shouldServeRestV2AtSuccessdesk() {
        Element migration = only("rest-migration", elements(root, "rest-migration"));
        assertThat(elements(migration, "rest-v2")).hasSize(1);
        Element rest = only("rest", elements(root, "rest"));
        assertThat(rest.getAttribute("path")).isEqualTo("/successdesk");
        assertThat(rest.getAttribute("version")).isEqualTo("1.0");
        for (Element restPackage : elements(rest, "package")) {
            String folder = restPackage.getTextContent().trim().replace('.', '/') + "/";
            assertThat(bundle.entryNames()).as("REST package %s", folder)
                    .anyMatch(name -> name.startsWith(folder) && name.endsWith(".class"));
        }
    }

    @Test
    void shouldShowTheAccountPanelOnTheIssueViewBehindACondition() {
        Element panel = elements(root, "web-panel").stream()
                .filter(e -> e.getAttribute("location").equals("atl.jira.view.issue.right.context"))
                .findFirst().orElseThrow(() -> new AssertionError("no issue-view web panel"));
        assertThat(elements(panel, "condition")).hasSize(1);
        assertThat(elements(panel, "resource")).anyMatch(r -> r.getAttribute("name").equals("view"));
    }

    /**
     * The panel's script and style load in the issue view's web-resource context, so an issue opened without a full
     * page load (issue navigator, boards) still gets them; the context provider requires them too.
     */
    @Test
    void shouldLoadThePanelWebResourcesInTheIssueViewContext() {
        List<Element> panelResources = elements(root, "web-resource").stream()
                .filter(resource -> elements(resource, "resource").stream()
                        .anyMatch(r -> r.getAttribute("location").contains("issue-panel")))
                .toList();
        assertThat(panelResources).as("web resources of the issue panel").isNotEmpty();
        assertThat(panelResources).allSatisfy(resource -> assertThat(elements(resource, "context").stream()
                .map(context -> context.getTextContent().trim()).toList())
                .as("contexts of web resource %s", resource.getAttribute("key"))
                .contains("jira.view.issue"));
    }

    @Test
    void shouldGiveEveryModuleAUniqueKey() {
        List<String> keys = new ArrayList<>();
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element module && module.hasAttribute("key")) {
                keys.add(module.getAttribute("key"));
            }
        }
        assertThat(keys).isNotEmpty().doesNotHaveDuplicates();
    }

    @Test
    void shouldPackageEveryClassTheDescriptorNames() {
        Set<String> classNames = new TreeSet<>();
        for (Element element : descendants(root)) {
            if (element.hasAttribute("class")) {
                classNames.add(element.getAttribute("class"));
            }
            if (Set.of("entity", "upgradeTask").contains(element.getTagName())) {
                classNames.add(element.getTextContent().trim());
            }
        }
        assertThat(classNames).allSatisfy(className -> assertThat(bundle.contains(className.replace('.', '/') + ".class"))
                .as("class %s", className).isTrue());
    }

    @Test
    void shouldPackageEveryResourceTheDescriptorNames() {
        for (Element resource : descendants(root)) {
            if (!resource.getTagName().equals("resource") || resource.getAttribute("type").equals("i18n")) {
                continue;
            }
            String location = resource.getAttribute("location").replaceFirst("^/", "");
            boolean present = location.endsWith("/")
                    ? bundle.entryNames().stream().anyMatch(name -> name.startsWith(location) && !name.equals(location))
                    : bundle.contains(location);
            assertThat(present).as("resource %s", location).isTrue();
        }
        for (Element param : elements(only("plugin-info", elements(root, "plugin-info")), "param")) {
            if (param.getAttribute("name").startsWith("plugin-")) {
                assertThat(bundle.contains(param.getTextContent().trim())).as("image %s", param.getTextContent()).isTrue();
            }
        }
    }

    @Test
    void shouldDefineEveryI18nKeyTheDescriptorTemplatesAndScriptsUse() {
        Set<String> used = new TreeSet<>();
        for (Element element : descendants(root)) {
            if (element.hasAttribute("key") && Set.of("label", "description", "title").contains(element.getTagName())) {
                used.add(element.getAttribute("key"));
            }
        }
        for (String entry : bundle.entryNames()) {
            if (entry.endsWith(".js")) {
                collect(JS_I18N, bundle.text(entry).orElseThrow(), used);
            } else if (entry.endsWith(".vm")) {
                collect(VM_I18N, bundle.text(entry).orElseThrow(), used);
            }
        }
        assertThat(used).isNotEmpty();
        assertThat(used).allSatisfy(key -> assertThat(i18n.getProperty(key)).as("i18n key %s", key).isNotBlank());
    }

    private static void collect(Pattern pattern, String text, Set<String> keys) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
    }

    private static Element only(String what, List<Element> candidates) {
        assertThat(candidates).as(what).hasSize(1);
        return candidates.get(0);
    }

    private static List<Element> elements(Element parent, String tagName) {
        List<Element> result = new ArrayList<>();
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child && child.getTagName().equals(tagName)) {
                result.add(child);
            }
        }
        return result;
    }

    private static List<Element> descendants(Element parent) {
        List<Element> result = new ArrayList<>();
        NodeList all = parent.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Node node = all.item(i);
            if (node instanceof Element element) {
                result.add(element);
            }
        }
        return result;
    }
}
