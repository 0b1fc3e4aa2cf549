package io.successdesk.rest.json;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.successdesk.app.InvalidInputException;

import java.io.IOException;
import java.io.Reader;

/**
 * Parses one strict JSON document into a tree, refusing what Gson's lenient tree parser would accept silently: a
 * member name given twice, trailing content, and nesting deeper than {@value #MAX_DEPTH}.
 */
final class JsonTree {

    static final int MAX_DEPTH = 32;

    private JsonTree() {
    }

    /** @throws InvalidInputException naming {@code body} or the duplicated member */
    static JsonElement parse(Reader source) throws IOException {
        JsonReader reader = new JsonReader(source);
        reader.setStrictness(Strictness.STRICT);
        try {
            if (reader.peek() == JsonToken.END_DOCUMENT) {
                throw new InvalidInputException("body", "is empty; send a JSON document");
            }
            JsonElement root = read(reader, "", 0);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new InvalidInputException("body", "has content after the JSON document");
            }
            return root;
        } catch (com.google.gson.stream.MalformedJsonException | java.io.EOFException | IllegalStateException
                 | NumberFormatException e) {
            throw new InvalidInputException("body", "is not valid JSON (" + firstLine(e.getMessage()) + ")");
        }
    }

    private static JsonElement read(JsonReader reader, String path, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new InvalidInputException(path.isEmpty() ? "body" : path, "is nested too deeply");
        }
        switch (reader.peek()) {
            case BEGIN_OBJECT -> {
                JsonObject object = new JsonObject();
                reader.beginObject();
                while (reader.hasNext()) {
                    String name = reader.nextName();
                    String child = path.isEmpty() ? name : path + "." + name;
                    if (object.has(name)) {
                        throw new InvalidInputException(child, "is given more than once");
                    }
                    object.add(name, read(reader, child, depth + 1));
                }
                reader.endObject();
                return object;
            }
            case BEGIN_ARRAY -> {
                JsonArray array = new JsonArray();
                reader.beginArray();
                while (reader.hasNext()) {
                    array.add(read(reader, path + "[" + array.size() + "]", depth + 1));
                }
                reader.endArray();
                return array;
            }
            case STRING -> {
                return new JsonPrimitive(reader.nextString());
            }
            case NUMBER -> {
                return new JsonPrimitive(new java.math.BigDecimal(reader.nextString()));
            }
            case BOOLEAN -> {
                return new JsonPrimitive(reader.nextBoolean());
            }
            case NULL -> {
                reader.nextNull();
                return JsonNull.INSTANCE;
            }
            default -> throw new InvalidInputException(path.isEmpty() ? "body" : path, "is not valid JSON");
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unexpected end";
        }
        String line = message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
