package io.successdesk.rest.json;

import io.successdesk.rest.RequestLimits;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.util.Map;

/**
 * Refuses a request body larger than its limit with 413, whichever reader consumes it. Up to
 * {@value #DRAIN_BYTES} bytes of an oversized body are read and dropped first, so the client, still sending, gets
 * the 413 instead of a reset connection; a larger body is cut off.
 */
@Provider
public class BodySizeLimit implements ReaderInterceptor {

    static final long DRAIN_BYTES = 16L * 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        long limit = limitOf(context.getAnnotations());
        context.setInputStream(new Limited(context.getInputStream(), limit));
        return context.proceed();
    }

    static long limitOf(Annotation[] annotations) {
        if (annotations != null) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof MaxBodySize size) {
                    return size.value();
                }
            }
        }
        return RequestLimits.MAX_BODY_BYTES;
    }

    static WebApplicationException tooLarge(long limit) {
        return new WebApplicationException(Response.status(413).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new io.successdesk.rest.error.ErrorBody("The request body is too large.",
                        Map.of("body", "must be at most " + limit + " bytes"))).build());
    }

    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int value = super.read();
            if (value >= 0) {
                count(1);
            }
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                byte[] sink = new byte[8192];
                long drained = 0;
                int chunk;
                while (drained < DRAIN_BYTES && (chunk = in.read(sink)) >= 0) {
                    drained += chunk;
                }
                throw tooLarge(limit);
            }
        }
    }
}
