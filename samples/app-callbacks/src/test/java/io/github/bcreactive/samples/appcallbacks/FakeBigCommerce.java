package io.github.bcreactive.samples.appcallbacks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** BigCommerce's login service and one store's {@code /v2/store} on a MockWebServer, for one registered app. */
final class FakeBigCommerce extends Dispatcher implements AutoCloseable {

    private final MockWebServer server = new MockWebServer();
    private final String clientId;
    private final String clientSecret;
    private final String storeHash;
    private final String token;

    FakeBigCommerce(String clientId, String clientSecret, String storeHash, String token) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.storeHash = storeHash;
        this.token = token;
        server.setDispatcher(this);
        try {
            server.start(InetAddress.getByName("127.0.0.1"), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getPort();
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (path.equals("/oauth2/token")) {
            String body = request.getBody() == null ? "" : request.getBody().utf8();
            if (!body.contains("\"" + clientId + "\"") || !body.contains("\"" + clientSecret + "\"")
                    || !body.contains("\"good-code\"")) {
                return json(400, "{\"error\":\"invalid_grant\"}");
            }
            return json(200, "{\"access_token\":\"" + token + "\",\"scope\":\"store_v2_default\",\"context\":\"stores/"
                    + storeHash + "\",\"user\":{\"id\":11,\"username\":\"m\",\"email\":\"merchant@example.com\"},"
                    + "\"owner\":{\"id\":11,\"username\":\"m\",\"email\":\"merchant@example.com\"},"
                    + "\"account_uuid\":\"12345678-90ab-cdef-1234-567890abcdef\"}");
        }
        if (path.equals("/stores/" + storeHash + "/v2/store")) {
            return token.equals(request.getHeaders().get("X-Auth-Token"))
                    ? json(200, "{\"id\":\"" + storeHash + "\",\"name\":\"Fake Store\"}")
                    : json(401, "[{\"status\":401,\"message\":\"Unauthorized\"}]");
        }
        return json(404, "{\"status\":404,\"title\":\"Not found\"}");
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body)
                .build();
    }

    @Override
    public void close() {
        server.close();
    }
}
