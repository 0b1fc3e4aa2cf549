package io.successdesk.rest.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.successdesk.app.InvalidInputException;
import io.successdesk.rest.RequestLimits;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Binds a JSON tree to a DTO record strictly and names every offending field: unknown members (compared with the
 * record components), wrong JSON types, numbers that are not whole or overflow, invalid ISO-8601 dates, control
 * characters in text, and lists longer than their limit. A missing or {@code null} member binds to {@code null};
 * the resource decides what is required. Supported types: records, {@code List}, {@code Map<String, String>},
 * {@code String}, {@code Long}/{@code long}, {@code Integer}/{@code int}, {@code Boolean}/{@code boolean}, {@code BigDecimal},
 * {@code LocalDate}, {@code Instant}.
 */
final class JsonBinder {

    private final Map<String, String> errors = new TreeMap<>();

    private JsonBinder() {
    }

    /** @throws InvalidInputException naming every offending field */
    static Object bind(JsonElement root, Type type) {
        JsonBinder binder = new JsonBinder();
        Object value = binder.value(root, type, "", RequestLimits.MAX_LIST_LENGTH);
        if (!binder.errors.isEmpty()) {
            throw new InvalidInputException(binder.errors);
        }
        if (value == null) {
            throw new InvalidInputException("body", "must be a JSON document, not null");
        }
        return value;
    }

    private Object value(JsonElement json, Type type, String path, int maxItems) {
        Class<?> raw = rawType(type);
        if (json == null || json.isJsonNull()) {
            if (raw.isPrimitive()) {
                fail(path, "is required");
            }
            return null;
        }
        if (raw.isRecord()) {
            return record(json, raw, path);
        }
        if (List.class.isAssignableFrom(raw)) {
            return list(json, elementType(type, 0), path, maxItems);
        }
        if (Map.class.isAssignableFrom(raw)) {
            return stringMap(json, path, maxItems);
        }
        if (!json.isJsonPrimitive()) {
            return fail(path, "must be " + describe(raw));
        }
        JsonPrimitive primitive = json.getAsJsonPrimitive();
        if (raw == String.class) {
            return primitive.isString() ? text(primitive.getAsString(), path) : fail(path, "must be a string");
        }
        if (raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class) {
            return number(primitive, raw, path);
        }
        if (raw == BigDecimal.class) {
            return decimal(primitive, path);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return primitive.isBoolean() ? primitive.getAsBoolean() : fail(path, "must be true or false");
        }
        if (raw == LocalDate.class || raw == Instant.class) {
            return primitive.isString() ? date(primitive.getAsString(), raw, path) : fail(path, "must be " + describe(raw));
        }
        throw new IllegalStateException("JsonBinder cannot bind " + type);
    }

    private Object record(JsonElement json, Class<?> type, String path) {
        if (!json.isJsonObject()) {
            return fail(path, "must be a JSON object");
        }
        JsonObject object = json.getAsJsonObject();
        RecordComponent[] components = type.getRecordComponents();
        Map<String, RecordComponent> byName = new LinkedHashMap<>();
        for (RecordComponent component : components) {
            byName.put(component.getName(), component);
        }
        for (String member : object.keySet()) {
            if (!byName.containsKey(member)) {
                fail(join(path, member), "is not a known field (known: " + String.join(", ", byName.keySet()) + ")");
            }
        }
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            MaxItems limit = component.getAnnotation(MaxItems.class);
            arguments[i] = value(object.get(component.getName()), component.getGenericType(),
                    join(path, component.getName()), limit == null ? RequestLimits.MAX_LIST_LENGTH : limit.value());
        }
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            Class<?>[] types = java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            Constructor<?> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof InvalidInputException invalid) {
                invalid.errors().forEach((field, message) -> fail(join(path, field), message));
                return null;
            }
            if (e.getCause() instanceof IllegalArgumentException refused) {
                return fail(path.isEmpty() ? "body" : path, String.valueOf(refused.getMessage()));
            }
            throw new IllegalStateException("cannot create " + type.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + type.getName(), e);
        }
    }

    private Object list(JsonElement json, Type elementType, String path, int maxItems) {
        if (!json.isJsonArray()) {
            return fail(path, "must be a JSON array");
        }
        JsonArray array = json.getAsJsonArray();
        if (array.size() > maxItems) {
            return fail(path, "must have at most " + maxItems + " elements");
        }
        List<Object> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            Object element = value(array.get(i), elementType, path + "[" + i + "]", RequestLimits.MAX_LIST_LENGTH);
            if (element == null && errors.isEmpty()) {
                fail(path + "[" + i + "]", "must not be null");
            }
            values.add(element);
        }
        return errors.isEmpty() ? List.copyOf(values) : null;
    }

    private Object stringMap(JsonElement json, String path, int maxItems) {
        if (!json.isJsonObject()) {
            return fail(path, "must be a JSON object of strings");
        }
        if (json.getAsJsonObject().size() > maxItems) {
            return fail(path, "must have at most " + maxItems + " entries");
        }
        Map<String, String> values = new TreeMap<>();
        for (Map.Entry<String, JsonElement> entry : json.getAsJsonObject().entrySet()) {
            String child = join(path, entry.getKey());
            JsonElement value = entry.getValue();
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
                fail(child, "must be a string");
            } else {
                values.put(entry.getKey(), text(value.getAsString(), child));
            }
        }
        return values;
    }

    private Object number(JsonPrimitive primitive, Class<?> type, String path) {
        if (!primitive.isNumber()) {
            return fail(path, "must be a whole number");
        }
        BigDecimal decimal = new BigDecimal(primitive.getAsString());
        boolean isLong = type == Long.class || type == long.class;
        if (decimal.precision() - decimal.scale() > 19 || decimal.stripTrailingZeros().scale() > 0) {
            return fail(path, decimal.stripTrailingZeros().scale() > 0 ? "must be a whole number" : "is out of range");
        }
        try {
            return isLong ? (Object) decimal.longValueExact() : (Object) decimal.intValueExact();
        } catch (ArithmeticException e) {
            return fail(path, "is out of range");
        }
    }

    /** Any JSON number of at most 30 significant digits and magnitude below 10^15 (no huge exponents). */
    private Object decimal(JsonPrimitive primitive, String path) {
        if (!primitive.isNumber()) {
            return fail(path, "must be a number");
        }
        BigDecimal decimal = new BigDecimal(primitive.getAsString());
        if (decimal.precision() > 30 || decimal.abs().compareTo(BigDecimal.TEN.pow(15)) >= 0) {
            return fail(path, "is out of range");
        }
        return decimal;
    }

    private Object date(String text, Class<?> type, String path) {
        try {
            return type == LocalDate.class ? LocalDate.parse(text) : Instant.parse(text);
        } catch (DateTimeParseException e) {
            return fail(path, "must be " + describe(type));
        }
    }

    private String text(String value, String path) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
            boolean loneSurrogate = Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1)));
            if (control || loneSurrogate) {
                fail(path, "must not contain control characters or broken Unicode");
                return null;
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        return value;
    }

    private Object fail(String path, String message) {
        errors.putIfAbsent(path.isEmpty() ? "body" : path, message);
        return null;
    }

    private static String describe(Class<?> type) {
        if (type == LocalDate.class) {
            return "an ISO-8601 day like 2025-01-31";
        }
        if (type == Instant.class) {
            return "an ISO-8601 instant like 2025-01-31T09:30:00Z";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == BigDecimal.class) {
            return "a number";
        }
        return "a " + (Number.class.isAssignableFrom(type) || type.isPrimitive() ? "whole number" : "JSON value");
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Class<?> rawType(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("unsupported DTO type " + type);
    }

    private static Type elementType(Type type, int index) {
        if (type instanceof ParameterizedType p) {
            return p.getActualTypeArguments()[index];
        }
        throw new IllegalStateException("a DTO list needs an element type: " + type);
    }
}
