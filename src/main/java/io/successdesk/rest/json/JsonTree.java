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

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Parses one strict JSON document into a tree, refusing what Gson's lenient tree parser would accept silently: a
 * member name given twice, trailing content, and nesting deeper than {@value #MAX_DEPTH}. It also bounds what a
 * document may make the server hold or compute while it is parsed, before any binding: arrays longer than the
 * longest list the target type allows, more values than {@link JsonLimits#maxValues()}, and numbers written with
 * more than {@value #MAX_NUMBER_CHARS} characters (a million-digit number is refused at once, naming its field,
 * instead of being converted to a {@code BigDecimal} for seconds).
 */
final class JsonTree {

    static final int MAX_DEPTH = 32;
    /** Longest number literal: far above any whole number (19 digits) or decimal (30 significant digits) we bind. */
    static final int MAX_NUMBER_CHARS = 100;

    private final JsonLimits limits;
    private long values;

    private JsonTree(JsonLimits limits) {
        this.limits = limits;
    }

    /** @throws InvalidInputException naming {@code body}, the duplicated member, the long array or the long number */
    static JsonElement parse(Reader source, JsonLimits limits) throws IOException {
        NumberWatch watched = new NumberWatch(source);
        JsonReader reader = new JsonReader(watched);
        reader.setStrictness(Strictness.STRICT);
        try {
            if (reader.peek() == JsonToken.END_DOCUMENT) {
                throw new InvalidInputException("body", "is empty; send a JSON document");
            }
            JsonElement root = new JsonTree(limits).read(reader, "", 0);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new InvalidInputException("body", "has content after the JSON document");
            }
            return root;
        } catch (com.google.gson.stream.MalformedJsonException | java.io.EOFException | IllegalStateException
                 | NumberFormatException e) {
            if (watched.sawLongNumber()) {
                // Gson gives up on a literal longer than its buffer; the watch saw that it was a number.
                throw new InvalidInputException(field(reader.getPath()), tooLongNumber());
            }
            throw new InvalidInputException("body", "is not valid JSON (" + firstLine(e.getMessage()) + ")");
        }
    }

    private JsonElement read(JsonReader reader, String path, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new InvalidInputException(path.isEmpty() ? "body" : path, "is nested too deeply");
        }
        if (++values > limits.maxValues()) {
            throw new InvalidInputException("body", "has more than " + limits.maxValues() + " values");
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
                    if (array.size() >= limits.maxArrayLength()) {
                        throw new InvalidInputException(path.isEmpty() ? "body" : path,
                                "must have at most " + limits.maxArrayLength() + " elements");
                    }
                    array.add(read(reader, path + "[" + array.size() + "]", depth + 1));
                }
                reader.endArray();
                return array;
            }
            case STRING -> {
                return new JsonPrimitive(reader.nextString());
            }
            case NUMBER -> {
                String number = reader.nextString();
                if (number.length() > MAX_NUMBER_CHARS) {
                    throw new InvalidInputException(path.isEmpty() ? "body" : path, tooLongNumber());
                }
                return new JsonPrimitive(new java.math.BigDecimal(number));
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

    private static String tooLongNumber() {
        return "is a number of more than " + MAX_NUMBER_CHARS + " characters";
    }

    /** Gson's {@code $.rows[1].rating} as the API names fields: {@code rows[1].rating}. */
    private static String field(String gsonPath) {
        String path = gsonPath.startsWith("$") ? gsonPath.substring(1) : gsonPath;
        path = path.startsWith(".") ? path.substring(1) : path;
        return path.isEmpty() ? "body" : path;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unexpected end";
        }
        String line = message.lines().findFirst().orElse("");
        return line.length() > 200 ? line.substring(0, 200) : line;
    }

    /** Notes, while the text passes, whether a run of number characters outside strings got too long. */
    private static final class NumberWatch extends FilterReader {
        private boolean inString;
        private boolean escaped;
        private int run;
        private boolean longNumber;

        NumberWatch(Reader in) {
            super(in);
        }

        boolean sawLongNumber() {
            return longNumber;
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c >= 0) {
                see((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            for (int i = 0; i < n; i++) {
                see(buffer[offset + i]);
            }
            return n;
        }

        private void see(char c) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == '"') {
                    inString = false;
                }
                return;
            }
            if (c == '"') {
                inString = true;
                run = 0;
            } else if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E') {
                if (++run > MAX_NUMBER_CHARS) {
                    longNumber = true;
                }
            } else {
                run = 0;
            }
        }
    }
}
