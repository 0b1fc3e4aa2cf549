package io.successdesk.sandbox;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code /jira/sandbox/dashboard/preferences/ITEM}: what Jira's dashboard keeps for {@code API.savePreferences} — a flat
 * string map per user and dashboard item (GET answers {} before the first save). Memory only, like a fresh dashboard.
 */
final class SandboxDashboardPreferences extends HttpServlet {

    private final transient SandboxUsers users;
    private final transient Map<String, String> saved = new ConcurrentHashMap<>();

    SandboxDashboardPreferences(SandboxUsers users) {
        this.users = users;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> slot = slot(request, response);
        if (slot.isPresent()) {
            response.setContentType("application/json;charset=UTF-8");
            response.getWriter().write(saved.getOrDefault(slot.get(), "{}"));
        }
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> slot = slot(request, response);
        if (slot.isEmpty()) {
            return;
        }
        JsonObject preferences = JsonParser.parseReader(request.getReader()).getAsJsonObject();
        JsonObject flat = new JsonObject();
        preferences.entrySet().forEach(entry -> flat.addProperty(entry.getKey(),
                entry.getValue().isJsonNull() ? "" : entry.getValue().getAsString()));
        saved.put(slot.get(), flat.toString());
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private Optional<String> slot(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SandboxUsers.SandboxUser> user = users.currentUser();
        String item = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (user.isEmpty() || !item.matches("[a-z0-9-]{1,64}")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return Optional.empty();
        }
        return Optional.of(user.get().name() + "/" + item);
    }
}
