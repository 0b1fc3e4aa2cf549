package io.successdesk.rest;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI file describes the bodies the resources really read and write: for every documented JSON request and
 * success response whose Java type is a record, the schema's property names are the record's component names and
 * each property's type fits the component's type, recursively through nested records and lists.
 */
class OpenApiSchemaTest {

    private static final Set<Class<? extends Annotation>> NOT_BODY = Set.of(PathParam.class, QueryParam.class,
            HeaderParam.class, CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class);

    private final Map<String, Object> document = load();
    private final List<String> mismatches = new ArrayList<>();
    private int compared;

    @Test
    void shouldDescribeEveryRecordBodyWithTheRecordsFieldsAndTypes() {
        Map<String, Method> methods = RestEndpoints.methods();
        for (Map.Entry<String, Method> endpoint : methods.entrySet()) {
            Map<String, Object> operation = operation(endpoint.getKey());
            if (operation == null) {
                continue;
            }
            Method method = endpoint.getValue();
            body(method).ifPresent(type -> requestSchema(operation)
                    .ifPresent(schema -> compare(endpoint.getKey() + " request", schema, type, new TreeSet<>())));
            if (isRecord(method.getGenericReturnType())) {
                responseSchema(operation).ifPresent(schema ->
                        compare(endpoint.getKey() + " response", schema, method.getGenericReturnType(), new TreeSet<>()));
            }
        }
        assertThat(compared).as("record bodies compared with their schemas").isGreaterThan(20);
        assertThat(mismatches).as("schema vs DTO").isEmpty();
    }

    private void compare(String where, Map<String, Object> schema, Type type, Set<String> visiting) {
        Map<String, Object> resolved = flatten(resolve(schema));
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            if (!visiting.add(raw.getName())) {
                return;
            }
            compared++;
            Map<String, Object> properties = map(resolved.get("properties"));
            if (properties == null) {
                mismatches.add(where + ": " + raw.getSimpleName() + " is a record, the schema has no properties");
                return;
            }
            Set<String> components = new TreeSet<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                components.add(component.getName());
            }
            if (!components.equals(new TreeSet<>(properties.keySet()))) {
                Set<String> onlyJava = new TreeSet<>(components);
                onlyJava.removeAll(properties.keySet());
                Set<String> onlySchema = new TreeSet<>(properties.keySet());
                onlySchema.removeAll(components);
                mismatches.add(where + ": " + raw.getSimpleName() + " fields missing in the schema " + onlyJava
                        + ", schema properties the record lacks " + onlySchema);
            }
            for (RecordComponent component : raw.getRecordComponents()) {
                Map<String, Object> property = map(properties.get(component.getName()));
                if (property != null) {
                    compare(where + "." + component.getName(), property, component.getGenericType(), visiting);
                }
            }
            visiting.remove(raw.getName());
            return;
        }
        String schemaType = (String) resolved.get("type");
        if (schemaType == null) {
            return; // oneOf / free-form: nothing to compare
        }
        String javaType = jsonType(raw);
        if (javaType != null && !javaType.equals(schemaType) && !(javaType.equals("number") && schemaType.equals("integer"))) {
            mismatches.add(where + ": schema type " + schemaType + ", Java " + raw.getSimpleName());
        }
        if ("array".equals(schemaType) && type instanceof ParameterizedType parameterized
                && Collection.class.isAssignableFrom(raw)) {
            Map<String, Object> items = map(resolved.get("items"));
            if (items != null) {
                compare(where + "[]", items, parameterized.getActualTypeArguments()[0], visiting);
            }
        }
    }

    private static String jsonType(Class<?> raw) {
        if (raw == String.class || raw.isEnum() || raw == LocalDate.class || raw == Instant.class
                || raw == OffsetDateTime.class || raw == YearMonth.class || raw == UUID.class) {
            return "string";
        }
        if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
            return "integer";
        }
        if (raw == double.class || raw == Double.class || raw == float.class || raw == BigDecimal.class) {
            return "number";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "boolean";
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            return "array";
        }
        if (Map.class.isAssignableFrom(raw)) {
            return "object";
        }
        return null;
    }

    private static java.util.Optional<Type> body(Method method) {
        for (Parameter parameter : method.getParameters()) {
            boolean annotated = false;
            for (Annotation annotation : parameter.getAnnotations()) {
                annotated |= NOT_BODY.contains(annotation.annotationType());
            }
            if (!annotated && isRecord(parameter.getParameterizedType())) {
                return java.util.Optional.of(parameter.getParameterizedType());
            }
        }
        return java.util.Optional.empty();
    }

    private static boolean isRecord(Type type) {
        return raw(type).isRecord();
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        return Object.class;
    }

    private Map<String, Object> operation(String endpoint) {
        String[] parts = endpoint.split(" ", 2);
        Map<String, Object> path = map(map(document.get("paths")).get(parts[1]));
        return path == null ? null : map(path.get(parts[0].toLowerCase(java.util.Locale.ROOT)));
    }

    private java.util.Optional<Map<String, Object>> requestSchema(Map<String, Object> operation) {
        return jsonSchema(map(operation.get("requestBody")));
    }

    private java.util.Optional<Map<String, Object>> responseSchema(Map<String, Object> operation) {
        Map<String, Object> responses = map(operation.get("responses"));
        for (String status : List.of("200", "201")) {
            Map<String, Object> response = responses == null ? null : map(responses.get(status));
            if (response != null) {
                return jsonSchema(resolve(response));
            }
        }
        return java.util.Optional.empty();
    }

    private java.util.Optional<Map<String, Object>> jsonSchema(Map<String, Object> body) {
        if (body == null) {
            return java.util.Optional.empty();
        }
        Map<String, Object> content = map(body.get("content"));
        Map<String, Object> json = content == null ? null : map(content.get("application/json"));
        return json == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(map(json.get("schema")));
    }

    /** An {@code allOf} schema as one object schema: the properties of all its parts. */
    private Map<String, Object> flatten(Map<String, Object> schema) {
        if (schema == null || !(schema.get("allOf") instanceof List<?> parts)) {
            return schema;
        }
        Map<String, Object> properties = new java.util.LinkedHashMap<>();
        for (Object part : parts) {
            Map<String, Object> flat = flatten(resolve(map(part)));
            Map<String, Object> partProperties = flat == null ? null : map(flat.get("properties"));
            if (partProperties != null) {
                properties.putAll(partProperties);
            }
        }
        return Map.of("type", "object", "properties", properties);
    }

    /** Follows {@code $ref: "#/components/..."} to the referenced node. */
    private Map<String, Object> resolve(Map<String, Object> node) {
        Map<String, Object> current = node;
        while (current != null && current.get("$ref") instanceof String ref) {
            Object target = document;
            for (String part : ref.replaceFirst("^#/", "").split("/")) {
                target = map(target).get(part);
            }
            current = map(target);
        }
        return current;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        return node instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    private static Map<String, Object> load() {
        try (InputStream in = OpenApiSchemaTest.class.getClassLoader().getResourceAsStream("openapi/successdesk.yaml")) {
            assertThat(in).as("openapi/successdesk.yaml on the class path").isNotNull();
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
