package io.successdesk.domain.health;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Identifies a measure on a scorecard: a built-in {@link MeasureKind}, or {@link MeasureKind#CUSTOM} with the
 * name of the pushed metric ({@code [a-z][a-z0-9_]{0,39}}, e.g. {@code product_usage}).
 */
public record MeasureId(MeasureKind kind, Optional<String> customName) {

    private static final Pattern CUSTOM_NAME = Pattern.compile("[a-z][a-z0-9_]{0,39}");

    public MeasureId {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(customName, "customName");
        if (kind == MeasureKind.CUSTOM) {
            String name = customName.orElseThrow(
                    () -> new IllegalArgumentException("a custom measure needs a name"));
            if (!CUSTOM_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException(
                        "custom measure name must be a lower-case letter then up to 39 of a–z, 0–9, _; got '" + name + "'");
            }
        } else if (customName.isPresent()) {
            throw new IllegalArgumentException("only CUSTOM measures have a name, got " + kind + " named " + customName.get());
        }
    }

    public static MeasureId of(MeasureKind kind) {
        return new MeasureId(kind, Optional.empty());
    }

    public static MeasureId custom(String name) {
        return new MeasureId(MeasureKind.CUSTOM, Optional.of(name));
    }

    /** Stable text form: the kind's name, or {@code CUSTOM:name}. */
    @Override
    public String toString() {
        return customName.map(name -> kind + ":" + name).orElse(kind.name());
    }
}
