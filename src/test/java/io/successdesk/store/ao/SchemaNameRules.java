package io.successdesk.store.ao;

import net.java.ao.DatabaseProvider;
import net.java.ao.RawEntity;
import net.java.ao.schema.NameConverters;
import net.java.ao.schema.SchemaGenerator;
import net.java.ao.schema.Table;
import net.java.ao.schema.ddl.DDLField;
import net.java.ao.schema.ddl.DDLForeignKey;
import net.java.ao.schema.ddl.DDLIndex;
import net.java.ao.schema.ddl.DDLIndexField;
import net.java.ao.schema.ddl.DDLTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The naming rules every entity must pass on all four Jira databases, applied to the names AO really generates (the
 * production name converters, through {@link SchemaGenerator#parseInterface}). Oracle's 30-character identifier
 * limit is the binding one: it covers tables (with the {@code AO_xxxxxx_} prefix), columns, indexes, unique and
 * foreign-key constraints, and the sequences and triggers Oracle gets for auto-increment IDs.
 */
final class SchemaNameRules {

    static final int MAX_IDENTIFIER = 30;
    static final int MAX_ENTITY_SIMPLE_NAME = 20;

    private final DatabaseProvider provider;
    private final NameConverters names;

    SchemaNameRules(DatabaseProvider provider, NameConverters names) {
        this.provider = provider;
        this.names = names;
    }

    /** Every broken rule of this entity, one readable line each; empty when it is fine. */
    List<String> violations(Class<? extends RawEntity<?>> entity) {
        List<String> problems = new ArrayList<>();
        String what = entity.getSimpleName();
        if (!entity.isAnnotationPresent(Table.class) && what.length() > MAX_ENTITY_SIMPLE_NAME) {
            problems.add(what + ": entity simple name longer than " + MAX_ENTITY_SIMPLE_NAME + " characters");
        }
        DDLTable table;
        try {
            table = SchemaGenerator.parseInterface(provider, names, entity);
        } catch (RuntimeException e) {
            problems.add(what + ": AO refuses the entity: " + e.getMessage());
            return problems;
        }
        checkName(problems, what, "table", table.getName());
        String unprefixed = table.getName().replaceFirst("^AO_[0-9A-F]{6}_", "");
        checkReserved(problems, what, "table", unprefixed);
        for (DDLField field : table.getFields()) {
            checkName(problems, what, "column", field.getName());
            checkReserved(problems, what, "column", field.getName());
            if (field.isAutoIncrement()) {
                checkName(problems, what, "sequence", names.getSequenceNameConverter().getName(table.getName(), field.getName()));
                checkName(problems, what, "trigger", names.getTriggerNameConverter().autoIncrementName(table.getName(), field.getName()));
            }
            if (field.isUnique()) {
                checkName(problems, what, "unique constraint", names.getUniqueNameConverter().getName(table.getName(), field.getName()));
            }
        }
        for (DDLIndex index : table.getIndexes()) {
            checkName(problems, what, "index", index.getIndexName());
            for (DDLIndexField indexed : index.getFields()) {
                if (indexed.getType() != null && indexed.getType().getQualifiers().isUnlimitedLength()) {
                    problems.add(what + ": index " + index.getIndexName() + " covers unlimited-length column "
                            + indexed.getFieldName() + " (not indexable on Oracle and SQL Server)");
                }
            }
        }
        for (DDLForeignKey foreignKey : table.getForeignKeys()) {
            checkName(problems, what, "foreign key", foreignKey.getFKName());
        }
        return problems;
    }

    private static void checkName(List<String> problems, String entity, String kind, String name) {
        if (name.length() > MAX_IDENTIFIER) {
            problems.add(entity + ": " + kind + " " + name + " is " + name.length() + " characters (Oracle allows "
                    + MAX_IDENTIFIER + ")");
        }
    }

    private static void checkReserved(List<String> problems, String entity, String kind, String name) {
        Set<String> reservedBy = SqlReservedWords.reservingSources(name);
        if (!reservedBy.isEmpty()) {
            problems.add(entity + ": " + kind + " " + name + " is a reserved word in " + String.join(", ", reservedBy));
        }
    }
}
