package io.github.bcreactive.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import io.github.bcreactive.test.store.Json;
import tools.jackson.databind.JsonNode;

/** A small blocking client for tests of the simulator itself. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private final BigCommerceSimulator sim;
    private final String store;
    private final String token;

    Http(BigCommerceSimulator sim, String store) {
        this(sim, store, sim.accessToken(store));
    }

    Http(BigCommerceSimulator sim, String store, String token) {
        this.sim = sim;
        this.store = store;
        this.token = token;
    }

    Reply get(String path) {
        return send("GET", path, null);
    }

    Reply post(String path, String json) {
        return send("POST", path, json);
    }

    Reply put(String path, String json) {
        return send("PUT", path, json);
    }

    Reply delete(String path) {
        return send("DELETE", path, null);
    }

    Reply send(String method, String path, String json) {
        try {
            return new Reply(CLIENT.send(request(method, path, json, Duration.ofSeconds(10)),
                    HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpRequest request(String method, String path, String json, Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/stores/" + store + path))
                .timeout(timeout)
                .header("Accept", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        if (token != null) {
            builder.header("X-Auth-Token", token);
        }
        return builder.build();
    }

    static HttpClient client() {
        return CLIENT;
    }

    /** A response with its body parsed on demand. */
    record Reply(HttpResponse<String> response) {

        int status() {
            return response.statusCode();
        }

        String body() {
            return response.body();
        }

        JsonNode json() {
            return Json.MAPPER.readTree(response.body());
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }
}
