package org.anhduong.test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A tiny HTTP client for integration tests that call the running server like any API client would. */
public final class Api {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "Test-Passphrase-for-CI-2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final String base;

    public Api(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Response get(String path, String token) {
        return send(request(path).header("Authorization", "Bearer " + token).GET());
    }

    public Response getAnonymous(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, String token, String json) {
        return send(request(path).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path, String token) {
        return send(request(path).header("Authorization", "Bearer " + token).DELETE());
    }

    public Response createToken(String username, String password) {
        String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(request("/api/v1/tokens").header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"test\"}")));
    }

    public String token(String username, String password) {
        Response response = createToken(username, password);
        if (response.status() != 201) {
            throw new IllegalStateException("token creation answered " + response.status());
        }
        return response.json().get("token").asString();
    }

    public String adminToken() {
        return token(ADMIN, ADMIN_PASSWORD);
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json, application/problem+json");
    }

    public Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Status, content type and body of one answer. */
    public record Response(int status, String contentType, String body, HttpResponse<String> raw) {

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
