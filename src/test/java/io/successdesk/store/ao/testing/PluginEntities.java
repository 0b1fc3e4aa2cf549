package io.successdesk.store.ao.testing;

import net.java.ao.RawEntity;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/** Every entity atlassian-plugin.xml declares: the whole schema Jira migrates for the app. */
public final class PluginEntities {

    private PluginEntities() {
    }

    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] all() {
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
        try (InputStream in = PluginEntities.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(in);
            NodeList nodes = document.getElementsByTagName("entity");
            for (int i = 0; i < nodes.getLength(); i++) {
                entities.add((Class<? extends RawEntity<?>>) Class.forName(nodes.item(i).getTextContent().trim()));
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the entities of atlassian-plugin.xml", e);
        }
        return entities.toArray(new Class[0]);
    }
}
