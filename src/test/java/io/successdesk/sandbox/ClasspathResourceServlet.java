package io.successdesk.sandbox;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Serves class-path files: the app's web-resource downloads ({@code /jira/download/resources/KEY/NAME}, resolved
 * through the descriptor like Jira does), WebJars and the sandbox's own host files.
 */
final class ClasspathResourceServlet extends HttpServlet {

    private static final Map<String, String> TYPES = Map.of(
            "js", "application/javascript;charset=UTF-8", "css", "text/css;charset=UTF-8",
            "png", "image/png", "svg", "image/svg+xml", "json", "application/json;charset=UTF-8");

    private final Function<String, Optional<String>> locate;

    ClasspathResourceServlet(Function<String, Optional<String>> locate) {
        this.locate = locate;
    }

    static ClasspathResourceServlet webResources(PluginDescriptor descriptor) {
        return new ClasspathResourceServlet(path -> {
            int slash = path.lastIndexOf('/');
            if (slash <= 1) {
                return Optional.empty();
            }
            String key = path.substring(1, slash);
            String name = path.substring(slash + 1);
            return descriptor.webResource(key).map(resource -> resource.downloads().get(name));
        });
    }

    static ClasspathResourceServlet under(String root) {
        return new ClasspathResourceServlet(path -> path.contains("..") ? Optional.empty() : Optional.of(root + path));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> location = Optional.ofNullable(request.getPathInfo()).flatMap(locate);
        InputStream in = location.map(l -> getClass().getClassLoader().getResourceAsStream(l)).orElse(null);
        if (in == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String name = location.get();
        response.setContentType(TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
        response.setHeader("X-Content-Type-Options", "nosniff");
        try (in) {
            in.transferTo(response.getOutputStream());
        }
    }
}
