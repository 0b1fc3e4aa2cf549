package io.successdesk.rest.json;

import io.successdesk.app.InvalidInputException;
import io.successdesk.rest.RequestLimits;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict JSON reading by the rules of {@link GsonJsonProvider}, for callers other than the body provider: a JSON
 * cell inside a CSV import, or a resource that reads its body itself once it has checked the caller.
 */
public final class StrictJson {

    private StrictJson() {
    }

    /**
     * Parses and binds {@code json} to {@code type}.
     *
     * @throws InvalidInputException naming the offending members
     */
    public static Object read(String json, Type type) {
        try {
            return read(new StringReader(json), type, Math.max(json.length(), 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses and binds a request body (UTF-8) to {@code type}; the body is already capped at
     * {@link RequestLimits#MAX_BODY_BYTES} by {@link BodySizeLimit}.
     *
     * @throws InvalidInputException naming the offending members
     */
    public static <T> T read(InputStream body, Class<T> type) {
        try {
            return type.cast(read(body, type, RequestLimits.MAX_BODY_BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Object read(InputStream body, Type type, long maxBodyBytes) throws IOException {
        Reader reader = new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        try {
            return read(reader, type, maxBodyBytes);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("body", "is not valid UTF-8");
        }
    }

    private static Object read(Reader json, Type type, long maxBodyBytes) throws IOException {
        return JsonBinder.bind(JsonTree.parse(json, JsonLimits.of(type, maxBodyBytes)), type);
    }
}
