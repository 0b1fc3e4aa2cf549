package io.successdesk.rest.json;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes the API's JSON with Gson (embedded in the bundle), so the wire format does not depend on the
 * host's Jackson version. DTOs are records; dates travel as ISO-8601 strings.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GsonJsonProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

    private final Gson gson = new GsonBuilder().disableHtmlEscaping().create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        try (Reader reader = new InputStreamReader(entityStream, StandardCharsets.UTF_8)) {
            Object value = gson.fromJson(reader, genericType);
            if (value == null) {
                throw new BadRequestException("request body must be a JSON document");
            }
            return value;
        } catch (JsonParseException e) {
            throw new BadRequestException("request body is not valid JSON", e);
        }
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return isJson(mediaType);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> httpHeaders, OutputStream entityStream) throws IOException {
        Writer writer = new OutputStreamWriter(entityStream, StandardCharsets.UTF_8);
        gson.toJson(value, genericType, writer);
        writer.flush();
    }

    private static boolean isJson(MediaType mediaType) {
        return mediaType != null && "application".equals(mediaType.getType())
                && (mediaType.getSubtype().equals("json") || mediaType.getSubtype().endsWith("+json"));
    }
}
