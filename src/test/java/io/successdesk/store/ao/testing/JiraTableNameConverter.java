package io.successdesk.store.ao.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import net.java.ao.RawEntity;
import net.java.ao.atlassian.AtlassianTableNameConverter;
import net.java.ao.schema.TableNameConverter;

/**
 * Names tables the way Jira's Active Objects plugin does for {@code <ao namespace="io.successdesk">}:
 * {@code AO_} + last 6 hex characters (upper case) of MD5(namespace) + {@code _} + UPPER_SNAKE entity name
 * (or its {@code @Table} value), with AO's 30-character limit enforced by {@link AtlassianTableNameConverter}.
 * Needs a no-argument constructor: the AO test rule instantiates converters reflectively.
 */
public final class JiraTableNameConverter implements TableNameConverter {

    /** The app's fixed AO namespace (atlassian-plugin.xml). */
    public static final String NAMESPACE = "io.successdesk";

    private final TableNameConverter delegate;

    public JiraTableNameConverter() {
        String prefix = tablePrefix(NAMESPACE);
        this.delegate = new AtlassianTableNameConverter(name -> prefix + name);
    }

    @Override
    public String getName(Class<? extends RawEntity<?>> entityClass) {
        return delegate.getName(entityClass);
    }

    /** {@code AO_xxxxxx_} for a namespace (or plugin key), as Jira computes it. */
    public static String tablePrefix(String namespace) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5").digest(namespace.getBytes(StandardCharsets.UTF_8));
            String hex = HexFormat.of().formatHex(digest);
            return "AO_" + hex.substring(hex.length() - 6).toUpperCase(Locale.ROOT) + "_";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by every JRE", e);
        }
    }
}
