package io.successdesk.rest.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * Reads and writes the API's JSON with Gson (embedded in the bundle), so the wire format does not depend on the
 * host's Jackson version. Bodies are parsed strictly ({@link JsonTree}) and bound to DTO records by
 * {@link JsonBinder}, which answers 400 naming each unknown, mistyped or malformed field. Dates travel as ISO-8601
 * strings; {@code null} fields are omitted from answers.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GsonJsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping()
            .registerTypeAdapter(LocalDate.class, isoAdapter(LocalDate::parse).nullSafe())
            .registerTypeAdapter(Instant.class, isoAdapter(Instant::parse).nullSafe())
            .create();

    /** The Gson that writes answers; for tests and exports that must produce the same JSON. */
    public static Gson gson() {
        return GSON;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType) && (type.isRecord() || java.util.List.class.isAssignableFrom(type));
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        return StrictJson.read(entityStream, genericType, BodySizeLimit.limitOf(annotations));
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        Writer writer = new OutputStreamWriter(entityStream, StandardCharsets.UTF_8);
        GSON.toJson(value, genericType, writer);
        writer.flush();
    }

    private static boolean isJson(MediaType mediaType) {
        return mediaType != null && "application".equals(mediaType.getType())
                && (mediaType.getSubtype().equals("json") || mediaType.getSubtype().endsWith("+json"));
    }

    private static <T> TypeAdapter<T> isoAdapter(Function<String, T> parse) {
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, T value) throws IOException {
                out.value(value.toString());
            }

            @Override
            public T read(JsonReader in) throws IOException {
                return parse.apply(in.nextString());
            }
        };
    }
}
