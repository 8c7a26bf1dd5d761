package org.anhduong.identity;

import org.anhduong.test.Api;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The administration API calls the identity tests repeat: JSON bodies from maps, PUT with If-Match. */
final class AdminApiCalls {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Api api;
    private final String token;

    AdminApiCalls(Api api, String token) {
        this.api = api;
        this.token = token;
    }

    static String json(Map<String, ?> body) {
        return JSON.writeValueAsString(body);
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    Api.Response post(String path, Map<String, ?> body) {
        return api.post(path, token, json(body));
    }

    Api.Response get(String path) {
        return api.get(path, token);
    }

    Api.Response put(String path, @Nullable String ifMatch, Map<String, ?> body) {
        var request = api.request(path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json(body)));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api.send(request);
    }

    /** A new active organisation with a unique name; returns its JSON. */
    JsonNode anOrganisation() {
        var response = post("/api/v1/organisations", Map.of("name", unique("Văn phòng thử "), "kind", "NGO"));
        if (response.status() != 201) {
            throw new IllegalStateException("organisation creation answered " + response.status());
        }
        return response.json();
    }

    /** A new user through the API; returns the answer ({"user": …, "temporaryPassword": …}). */
    JsonNode aUser(long organisationId, String... roles) {
        var response = post("/api/v1/users", Map.of("username", unique("api."), "fullName", "Đỗ Thị Hạnh",
                "organisationId", organisationId, "roles", List.of(roles)));
        if (response.status() != 201) {
            throw new IllegalStateException("user creation answered " + response.status());
        }
        return response.json();
    }
}
