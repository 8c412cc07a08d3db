package io.github.bcreactive.test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.reactivestreams.Publisher;

import io.github.bcreactive.test.api.ApiContext;
import io.github.bcreactive.test.api.ApiErrors;
import io.github.bcreactive.test.api.ApiRequest;
import io.github.bcreactive.test.api.ApiResponse;
import io.github.bcreactive.test.api.Endpoints;
import io.github.bcreactive.test.api.QueryParams;
import io.github.bcreactive.test.store.StoreData;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponseStatus;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * The one request handler of the simulator's HTTP server: store API calls go through
 * authentication, the store's quota window and the fault plan before their endpoint; the login
 * host's endpoints are served beside them.
 */
final class SimulatorHandler implements BiFunction<HttpServerRequest, HttpServerResponse, Publisher<Void>> {

    private static final byte[] NO_BODY = new byte[0];
    private static final String HTML_BAD_GATEWAY = "<html><head><title>502 Bad Gateway</title></head><body>"
            + "<center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";

    private final Map<String, StoreData> stores;
    private final Endpoints endpoints = new Endpoints();
    private final AppEndpoints app;
    private final ApiContext context;
    private final SimulatorStats stats;
    private final FaultPlan plan;
    private final Supplier<Faults> faults;
    private final Map<String, QuotaWindow> quotas = new ConcurrentHashMap<>();
    private final int quota;
    private final long windowMillis;
    private final boolean retryAfterHeader;
    private final Clock clock;
    private final WebhookDispatcher webhooks;
    private final StoreCapacity capacity;
    private final B2BEndpoints b2b;

    SimulatorHandler(Map<String, StoreData> stores, AppEndpoints app, ApiContext context, SimulatorStats stats,
            FaultPlan plan, Supplier<Faults> faults, int quota, Duration window, boolean retryAfterHeader,
            WebhookDispatcher webhooks, StoreCapacity capacity, B2BEndpoints b2b) {
        this.capacity = capacity;
        this.b2b = b2b;
        this.stores = stores;
        this.app = app;
        this.context = context;
        this.stats = stats;
        this.plan = plan;
        this.faults = faults;
        this.quota = quota;
        this.windowMillis = window.toMillis();
        this.retryAfterHeader = retryAfterHeader;
        this.clock = context.clock();
        this.webhooks = webhooks;
        stores.keySet().forEach(hash -> quotas.put(hash, new QuotaWindow(quota, windowMillis)));
    }

    void resetQuotas() {
        quotas.values().forEach(QuotaWindow::reset);
        b2b.reset();
        plan.reset();
    }

    @Override
    public Publisher<Void> apply(HttpServerRequest request, HttpServerResponse response) {
        String uri = request.uri();
        int question = uri.indexOf('?');
        String path = question < 0 ? uri : uri.substring(0, question);
        String query = question < 0 ? "" : uri.substring(question + 1);
        HttpMethod method = request.method();
        if (path.startsWith("/stores/")) {
            return storeCall(request, response, method.name(), path, query);
        }
        if (path.startsWith(B2BEndpoints.PREFIX + "/")) {
            return send(response, b2b.handle(method.name(), path.substring(B2BEndpoints.PREFIX.length()), query,
                    headers(request)), 0);
        }
        if (path.equals("/oauth2/token") && method.equals(HttpMethod.POST)) {
            String contentType = request.requestHeaders().get(HttpHeaderNames.CONTENT_TYPE);
            return body(request, true).flatMap(bytes -> send(response, app.token(contentType, bytes), 0));
        }
        if (path.startsWith("/login/token/") && method.equals(HttpMethod.GET)) {
            return send(response, app.login(path.substring("/login/token/".length()), context.baseUrl().get()), 0);
        }
        if (path.equals("/account.php") || path.equals("/login.php")) {
            return send(response, ApiResponse.text(200, "text/html; charset=utf-8", "<html><body><h1>"
                    + (path.equals("/account.php") ? "My account" : "Sign in") + "</h1></body></html>"), 0);
        }
        return send(response, ApiErrors.v3(404, "The requested resource was not found.", null, null), 0);
    }

    private Mono<Void> storeCall(HttpServerRequest request, HttpServerResponse response, String method, String path,
            String query) {
        String rest = path.substring("/stores/".length());
        int slash = rest.indexOf('/');
        String hash = slash < 0 ? rest : rest.substring(0, slash);
        String apiPath = slash < 0 ? "/" : rest.substring(slash);
        String version = apiPath.startsWith("/v2/") || apiPath.equals("/v2") ? "v2" : "v3";
        boolean v2 = "v2".equals(version);
        StoreData store = stores.get(hash);
        if (store == null) {
            return send(response, ApiErrors.error(v2, 404, "The store " + hash + " was not found.", null), 0);
        }
        stats.request(hash, method, apiPath, query);
        if (!store.acceptsToken(request.requestHeaders().get("X-Auth-Token"))) {
            return send(response, v2 ? ApiErrors.v2(401, "No valid credentials were supplied in the request.")
                    : ApiErrors.v3(401, "Unauthorized", "A valid X-Auth-Token header is required.", null), 0);
        }
        boolean graphql = "/graphql".equals(apiPath);
        if (!graphql && !apiPath.startsWith("/v2/") && !apiPath.startsWith("/v3/")) {
            return send(response, ApiErrors.v3(404, "The requested resource was not found.", null, null), 0);
        }
        stats.enter(hash);
        Faults current = faults.get();
        FaultPlan.Decision decision = plan.decide(current, hash, method, apiPath + (query.isEmpty() ? "" : "?" + query));
        int refusal = capacity.enter(hash);
        if (refusal != 0) {
            if (refusal == 429) {
                stats.served429(hash);
            }
            return send(response, ApiErrors.error(v2, refusal, refusal == 429 ? "Too many requests."
                    : "Service Unavailable", null), decision.delayMillis()).doFinally(signal -> stats.exit(hash));
        }
        FaultPlan.Decision loaded = new FaultPlan.Decision(decision.kind(), decision.status(),
                capacity.latency(hash, decision.delayMillis()), decision.headers(), decision.variant());
        return answer(request, response, store, method, graphql ? "graphql" : version,
                graphql ? apiPath : apiPath.substring(3), query, current, loaded)
                .doFinally(signal -> {
                    capacity.exit(hash);
                    stats.exit(hash);
                });
    }

    private Mono<Void> answer(HttpServerRequest request, HttpServerResponse response, StoreData store, String method,
            String version, String path, String query, Faults current, FaultPlan.Decision decision) {
        boolean v2 = "v2".equals(version);
        long arrivedNanos = System.nanoTime();
        if (decision.kind() == FaultPlan.Kind.RATE_LIMIT_WITHOUT_HEADERS) {
            stats.served429(store.hash());
            return send(response, ApiErrors.error(v2, 429, "Too many requests.", null), decision.delayMillis());
        }
        if (decision.kind() == FaultPlan.Kind.RATE_LIMIT_SHORT_RESET) {
            stats.served429(store.hash());
            return send(response, HostileAnswers.withHeaders(HostileAnswers.shortReset429(v2, current, quota,
                    windowMillis), decision), decision.delayMillis());
        }
        QuotaWindow.Outcome outcome = quotas.get(store.hash()).acquire(clock.millis(), current.otherAppsRate());
        if (!outcome.allowed()) {
            stats.served429(store.hash());
            ApiResponse limited = withQuota(ApiErrors.error(v2, 429, "You have exceeded the rate limit for this store.",
                    null), outcome);
            if (retryAfterHeader) {
                limited = limited.withHeader("X-Retry-After", Long.toString((outcome.resetMillis() + 999) / 1000));
            }
            return send(response, HostileAnswers.withHeaders(limited, decision), decision.delayMillis());
        }
        if (decision.kind() == FaultPlan.Kind.RESET) {
            return reset(response);
        }
        boolean hasBody = "POST".equals(method) || "PUT".equals(method);
        return body(request, hasBody).flatMap(bytes -> {
            ApiResponse answer = switch (decision.kind()) {
                case SERVER_ERROR -> ApiErrors.error(v2, decision.status(),
                        HttpResponseStatus.valueOf(decision.status()).reasonPhrase(), null);
                case HTML_BAD_GATEWAY -> ApiResponse.text(502, "text/html", HTML_BAD_GATEWAY);
                default -> {
                    ApiRequest call = new ApiRequest(store, version, method, path, QueryParams.parse(query), bytes,
                            context, headers(request));
                    ApiResponse served = endpoints.handle(call);
                    webhooks.afterWrite(call, served);
                    yield served;
                }
            };
            if (decision.kind() != FaultPlan.Kind.HTML_BAD_GATEWAY) {
                answer = HostileAnswers.withHeaders(withQuota(answer, outcome), decision);
            }
            answer = HostileAnswers.reshape(answer, decision, current, method, v2);
            if (decision.kind() == FaultPlan.Kind.TRUNCATED_JSON && answer.body().length > 1) {
                answer = new ApiResponse(answer.status(), answer.contentType(),
                        Arrays.copyOf(answer.body(), answer.body().length / 2), answer.headers());
            } else if (decision.kind() == FaultPlan.Kind.MALFORMED_JSON && answer.body().length > 0) {
                answer = new ApiResponse(answer.status(), answer.contentType(),
                        "{\"data\": [{\"id\": 1,, }".getBytes(StandardCharsets.UTF_8), answer.headers());
            }
            long delay = remainingLatency(decision.delayMillis(), arrivedNanos);
            if (HostileAnswers.writesItself(decision)) {
                ApiResponse written = answer;
                Mono<Void> write = Mono.defer(() -> HostileAnswers.write(response, written, decision));
                return delay > 0 ? Mono.delay(Duration.ofMillis(delay)).then(write) : write;
            }
            return send(response, answer, delay);
        });
    }

    /**
     * What is left of a call's latency once its answer is rendered: latency counts from the request's arrival, as a
     * real server's response time includes its own work, so a large page is not slower by its rendering time.
     */
    private static long remainingLatency(long latencyMillis, long arrivedNanos) {
        long spentMillis = (System.nanoTime() - arrivedNanos) / 1_000_000;
        return Math.max(0, latencyMillis - spentMillis);
    }

    private static ApiResponse withQuota(ApiResponse response, QuotaWindow.Outcome outcome) {
        Map<String, String> headers = new java.util.LinkedHashMap<>(response.headers());
        headers.put("X-Rate-Limit-Time-Window-Ms", Long.toString(outcome.windowMillis()));
        headers.put("X-Rate-Limit-Time-Reset-Ms", Long.toString(outcome.resetMillis()));
        headers.put("X-Rate-Limit-Requests-Quota", Integer.toString(outcome.quota()));
        headers.put("X-Rate-Limit-Requests-Left", Integer.toString(outcome.left()));
        return new ApiResponse(response.status(), response.contentType(), response.body(), headers);
    }

    private static Map<String, String> headers(HttpServerRequest request) {
        Map<String, String> headers = new java.util.HashMap<>();
        request.requestHeaders().forEach(e -> headers.putIfAbsent(e.getKey().toLowerCase(java.util.Locale.ROOT),
                e.getValue()));
        return headers;
    }

    private static Mono<byte[]> body(HttpServerRequest request, boolean read) {
        if (!read) {
            return Mono.just(NO_BODY);
        }
        return request.receive().aggregate().asByteArray().defaultIfEmpty(NO_BODY);
    }

    private static Mono<Void> reset(HttpServerResponse response) {
        response.withConnection(connection -> {
            connection.channel().config().setOption(ChannelOption.SO_LINGER, 0);
            connection.channel().close();
        });
        return Mono.empty();
    }

    private Mono<Void> send(HttpServerResponse response, ApiResponse answer, long delayMillis) {
        Mono<Void> write = Mono.defer(() -> {
            response.status(answer.status());
            if (answer.contentType() != null) {
                response.header(HttpHeaderNames.CONTENT_TYPE, answer.contentType());
            }
            answer.headers().forEach(response::header);
            byte[] body = answer.body();
            stats.sent(body.length);
            if (answer.status() == 204 || answer.status() == 304) {
                return response.send();
            }
            response.header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(body.length));
            return body.length == 0 ? response.send() : response.sendByteArray(Mono.just(body)).then();
        });
        return delayMillis > 0 ? Mono.delay(Duration.ofMillis(delayMillis)).then(write) : write;
    }
}
