package io.successdesk.sandbox;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Serves class-path files: the app's web-resource downloads ({@code /jira/download/resources/KEY/NAME}, resolved
 * through the descriptor like Jira does), WebJars and the sandbox's own host files; and files of an npm package
 * installed by the build (the real AUI and its jQuery, which Jira itself provides to apps).
 */
final class StaticResourceServlet extends HttpServlet {

    private static final Map<String, String> TYPES = Map.of(
            "js", "application/javascript;charset=UTF-8", "css", "text/css;charset=UTF-8",
            "png", "image/png", "svg", "image/svg+xml", "json", "application/json;charset=UTF-8",
            "woff", "font/woff", "woff2", "font/woff2", "ttf", "font/ttf", "eot", "application/vnd.ms-fontobject",
            "gif", "image/gif");

    private final Function<String, Optional<URL>> locate;

    private StaticResourceServlet(Function<String, Optional<URL>> locate) {
        this.locate = locate;
    }

    private static Function<String, Optional<URL>> onClassPath(Function<String, Optional<String>> locate) {
        return path -> locate.apply(path).map(l -> StaticResourceServlet.class.getClassLoader().getResource(l));
    }

    static StaticResourceServlet webResources(PluginDescriptor descriptor) {
        return new StaticResourceServlet(onClassPath(path -> {
            int slash = path.lastIndexOf('/');
            if (slash <= 1) {
                return Optional.empty();
            }
            String key = path.substring(1, slash);
            String name = path.substring(slash + 1);
            return descriptor.webResource(key).map(resource -> resource.downloads().get(name));
        }));
    }

    static StaticResourceServlet under(String root) {
        return new StaticResourceServlet(onClassPath(path -> path.contains("..") ? Optional.empty() : Optional.of(root + path)));
    }

    /** Files below a directory of an installed npm package; fails at start-up when the build has not installed it. */
    static StaticResourceServlet npmPackage(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException(directory.toAbsolutePath() + " is missing: the build installs the npm packages"
                    + " (mvn initialize runs npm ci with the versions in package-lock.json)");
        }
        Path root = directory.toAbsolutePath().normalize();
        return new StaticResourceServlet(path -> {
            Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            try {
                return Optional.of(file.toUri().toURL());
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<URL> location = Optional.ofNullable(request.getPathInfo()).flatMap(locate);
        if (location.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        InputStream in = location.get().openStream();
        String name = location.get().getPath();
        response.setContentType(TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (in) {
            in.transferTo(response.getOutputStream());
        }
    }
}
