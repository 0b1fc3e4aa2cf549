package io.successdesk.sandbox;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stand-in for Jira's SiteMesh decoration of plugin servlets: an HTML page whose head asks for a decorator
 * ({@code <meta name="decorator" content="atl.general">} or {@code atl.admin}) gets Jira's chrome around its body,
 * with the web resources the servlet required through the page builder. Other responses pass through unchanged.
 */
final class SandboxDecoratorFilter extends HttpFilter {

    private static final Pattern DECORATOR = Pattern.compile(
            "<meta\\s+name=\"decorator\"\\s+content=\"(atl\\.general|atl\\.admin)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private final HostPage hostPage;
    private final SandboxUsers users;
    private final SandboxPageBuilder pageBuilder;

    SandboxDecoratorFilter(HostPage hostPage, SandboxUsers users, SandboxPageBuilder pageBuilder) {
        this.hostPage = hostPage;
        this.users = users;
        this.pageBuilder = pageBuilder;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        pageBuilder.drain();
        Buffered buffered = new Buffered(response);
        chain.doFilter(request, buffered);
        byte[] bytes = buffered.bytes();
        if (bytes.length == 0) {
            return;
        }
        String type = Optional.ofNullable(buffered.getContentType()).orElse("");
        if (type.startsWith("text/html")) {
            String html = new String(bytes, StandardCharsets.UTF_8);
            Matcher decorator = DECORATOR.matcher(html);
            Matcher body = BODY.matcher(html);
            if (decorator.find() && body.find()) {
                Matcher title = TITLE.matcher(html);
                String page = hostPage.renderDecorated(title.find() ? title.group(1) : "", users.currentUser().orElse(null),
                        body.group(1), pageBuilder.drain(), decorator.group(1).equalsIgnoreCase("atl.admin"));
                bytes = page.getBytes(StandardCharsets.UTF_8);
            }
        }
        pageBuilder.drain();
        if (!response.isCommitted()) {
            response.setContentLength(bytes.length);
        }
        response.getOutputStream().write(bytes);
    }

    /** Collects what the servlet writes, so the filter can decorate it afterwards. */
    private static final class Buffered extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private PrintWriter writer;
        private final ServletOutputStream stream = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("no async output in the sandbox");
            }

            @Override
            public void write(int b) {
                buffer.write(b);
            }
        };

        Buffered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void setContentLength(int length) {
            // the decorated page has its own length
        }

        @Override
        public void setContentLengthLong(long length) {
            // the decorated page has its own length
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        byte[] bytes() {
            if (writer != null) {
                writer.flush();
            }
            return buffer.toByteArray();
        }
    }
}
