package io.successdesk.store.ao;

import io.successdesk.store.ao.testing.ActiveObjectsTestCase;
import net.java.ao.RawEntity;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code <entity>} of {@code atlassian-plugin.xml} (whoever added it) against {@link SchemaNameRules}: names
 * that fit Oracle's 30 characters and are reserved in none of H2, PostgreSQL, MySQL, Oracle, SQL Server. Runs on each
 * test database so the provider-specific DDL parsing is exercised too; nothing is migrated.
 */
@Data(AoSchemaNamingTest.NoSchema.class)
public class AoSchemaNamingTest extends ActiveObjectsTestCase {

    public static final class NoSchema implements DatabaseUpdater {
        @Override
        public void update(net.java.ao.EntityManager em) {
        }
    }

    @Test
    public void shouldGiveEveryRegisteredEntityPortableNames() throws Exception {
        List<Class<? extends RawEntity<?>>> entities = registeredEntities();
        assertThat(entities).as("entities in atlassian-plugin.xml").isNotEmpty();
        SchemaNameRules rules = rules();
        List<String> problems = new ArrayList<>();
        for (Class<? extends RawEntity<?>> entity : entities) {
            problems.addAll(rules.violations(entity));
        }
        assertThat(problems).as("naming problems").isEmpty();
    }

    @Test
    public void shouldReportEachBrokenRuleOfBadlyNamedEntities() {
        assertThat(String.join("\n", rules().violations(EntityNameTooLongForAo.class)))
                .contains("EntityNameTooLongForAo: entity simple name longer than 20 characters")
                .contains("AO refuses the entity")
                .contains("AO_87D9EB_ENTITY_NAME_TOO_LONG_FOR_AO");
        List<String> problems = rules().violations(BadNamesRow.class);
        assertThat(problems).hasSize(3);
        assertThat(String.join("\n", problems))
                .contains("column ORDER is a reserved word in H2, MySQL, Oracle, PostgreSQL, SQL Server, known trouble")
                .contains("column SIZE is a reserved word in Oracle, known trouble")
                .contains("covers unlimited-length column NOTES");
        assertThat(String.join("\n", rules().violations(LongColumnRow.class)))
                .contains("AO refuses the entity").contains("VALUE_OF_AN_ATTRIBUTE_WITH_ALONG_NAME");
    }

    private SchemaNameRules rules() {
        return new SchemaNameRules(entityManager.getProvider(), entityManager.getNameConverters());
    }

    @SuppressWarnings("unchecked")
    private static List<Class<? extends RawEntity<?>>> registeredEntities() throws Exception {
        List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
        try (InputStream descriptor = AoSchemaNamingTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            assertThat(descriptor).as("atlassian-plugin.xml on the class path").isNotNull();
            NodeList elements = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(descriptor)
                    .getElementsByTagName("entity");
            for (int i = 0; i < elements.getLength(); i++) {
                String className = ((Element) elements.item(i)).getTextContent().trim();
                Class<?> type = Class.forName(className);
                assertThat(RawEntity.class.isAssignableFrom(type)).as(className + " is an AO entity").isTrue();
                entities.add((Class<? extends RawEntity<?>>) type);
            }
        }
        return entities;
    }
}
