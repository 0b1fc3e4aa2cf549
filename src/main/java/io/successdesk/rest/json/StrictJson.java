package io.successdesk.rest.json;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;

/** Strict JSON reading for callers other than the body provider (e.g. a JSON cell inside a CSV import). */
public final class StrictJson {

    private StrictJson() {
    }

    /**
     * Parses and binds {@code json} to {@code type} by the rules of {@link GsonJsonProvider}.
     *
     * @throws io.successdesk.app.InvalidInputException naming the offending members
     */
    public static Object read(String json, Type type) {
        try {
            return read(new StringReader(json), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Object read(Reader json, Type type) throws IOException {
        return JsonBinder.bind(JsonTree.parse(json), type);
    }
}
