package io.successdesk.rest.json;

import io.successdesk.rest.RequestLimits;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one JSON document may hold while it is parsed, before binding: arrays no longer than the longest list its
 * target type accepts ({@link MaxItems}, else {@link RequestLimits#MAX_LIST_LENGTH}), and at most one value per
 * {@value #BYTES_PER_VALUE} bytes of the body limit, so the tree stays a small multiple of the body's size.
 */
record JsonLimits(int maxArrayLength, long maxValues) {

    static final int BYTES_PER_VALUE = 16;

    static JsonLimits of(Type target, long maxBodyBytes) {
        return new JsonLimits(longestList(target, new HashSet<>()), Math.max(1_000, maxBodyBytes / BYTES_PER_VALUE));
    }

    private static int longestList(Type type, Set<Type> seen) {
        if (!seen.add(type)) {
            return RequestLimits.MAX_LIST_LENGTH;
        }
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType()
                : type instanceof Class<?> c ? c : Object.class;
        int longest = RequestLimits.MAX_LIST_LENGTH;
        if (raw.isRecord()) {
            for (RecordComponent component : raw.getRecordComponents()) {
                MaxItems limit = component.getAnnotation(MaxItems.class);
                if (limit != null) {
                    longest = Math.max(longest, limit.value());
                }
                longest = Math.max(longest, longestList(component.getGenericType(), seen));
            }
        } else if ((List.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw))
                && type instanceof ParameterizedType p) {
            for (Type argument : p.getActualTypeArguments()) {
                longest = Math.max(longest, longestList(argument, seen));
            }
        }
        return longest;
    }
}
