package io.github.bcreactive.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bcreactive.test.api.ApiErrors;
import io.github.bcreactive.test.api.ApiResponse;
import io.github.bcreactive.test.api.Listing;
import io.github.bcreactive.test.store.Json;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hostile server behaviours of {@link Faults}: what they do to an answer, and the ones that need bytes no
 * well-behaved HTTP server writes (a lone {@code 1xx}, a broken chunk size), written straight to the socket below
 * Reactor Netty's HTTP encoder.
 */
final class HostileAnswers {

    private static final byte[] BLANK = "   \r\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SPACES = " ".repeat(512).getBytes(StandardCharsets.US_ASCII);
    private static final Duration TRICKLE = Duration.ofMillis(20);
    private static final int[] INFORMATIONAL = {100, 102, 103};

    private HostileAnswers() {
    }

    /**
     * A 429 whose rate-limit headers ask for a wait of only {@link Faults#shortReset()}, with no {@code X-Retry-After}.
     */
    static ApiResponse shortReset429(boolean v2, Faults faults, int quota, long windowMillis) {
        ApiResponse limited = ApiErrors.error(v2, 429, "You have exceeded the rate limit for this store.", null);
        Map<String, String> headers = new LinkedHashMap<>(limited.headers());
        headers.put(HostileRateLimitHeaders.WINDOW, Long.toString(windowMillis));
        headers.put(HostileRateLimitHeaders.RESET, Long.toString(faults.shortReset().toMillis()));
        headers.put(HostileRateLimitHeaders.QUOTA, Integer.toString(quota));
        headers.put(HostileRateLimitHeaders.LEFT, "0");
        return new ApiResponse(429, limited.contentType(), limited.body(), headers);
    }

    /** The answer with hostile rate-limit headers when the call drew them and the answer carries rate-limit headers. */
    static ApiResponse withHeaders(ApiResponse answer, FaultPlan.Decision decision) {
        if (decision.headers() == null || !answer.headers().containsKey(HostileRateLimitHeaders.RESET)) {
            return answer;
        }
        return new ApiResponse(answer.status(), answer.contentType(), answer.body(),
                decision.headers().apply(answer.headers()));
    }

    /** The answer as the faults reshape it: cursor-only listings, then an empty or blank body. */
    static ApiResponse reshape(ApiResponse answer, FaultPlan.Decision decision, Faults faults, String method,
            boolean v2) {
        ApiResponse out = answer;
        if (faults.cursorPaginationOnly() && !v2 && "GET".equals(method) && out.status() == 200) {
            out = cursorOnly(out);
        }
        if (decision.kind() == FaultPlan.Kind.EMPTY_BODY && out.status() == 200 && out.body().length > 0) {
            byte[] body = decision.variant() < 500 ? new byte[0] : BLANK.clone();
            out = new ApiResponse(200, out.contentType(), body, out.headers());
        }
        return out;
    }

    private static ApiResponse cursorOnly(ApiResponse answer) {
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(answer.body());
        } catch (JacksonException notJson) {
            return answer;
        }
        if (!(tree instanceof ObjectNode root) || !(root.get("meta") instanceof ObjectNode meta)
                || !(meta.get("pagination") instanceof ObjectNode pagination)) {
            return answer;
        }
        if (!meta.has("cursor_pagination")) {
            if (pagination.path("links").has("next")) {
                return answer;
            }
            JsonNode data = root.path("data");
            ObjectNode cursor = Json.object();
            cursor.put("count", data.size());
            cursor.put("per_page", pagination.path("per_page").asInt(data.size()));
            if (data.size() > 0) {
                cursor.put("start_cursor", Listing.encodeCursor(data.get(0).path("id").asLong()));
                cursor.put("end_cursor", Listing.encodeCursor(data.get(data.size() - 1).path("id").asLong()));
            }
            cursor.putObject("links").put("current", pagination.path("links").path("current").asString(""));
            meta.set("cursor_pagination", cursor);
        }
        meta.remove("pagination");
        return new ApiResponse(answer.status(), answer.contentType(), Json.MAPPER.writeValueAsBytes(root),
                answer.headers());
    }

    /** Whether the call's fault writes its answer itself, instead of the simulator's ordinary send. */
    static boolean writesItself(FaultPlan.Decision decision) {
        return switch (decision.kind()) {
            case INFORMATIONAL_ONLY, BROKEN_CHUNKED, ENDLESS_BODY -> true;
            default -> false;
        };
    }

    /** Writes the answer of a call whose fault {@link #writesItself writes itself}. */
    static Mono<Void> write(HttpServerResponse response, ApiResponse answer, FaultPlan.Decision decision) {
        return switch (decision.kind()) {
            case INFORMATIONAL_ONLY -> {
                int status = INFORMATIONAL[decision.variant() % INFORMATIONAL.length];
                yield raw(response, ("HTTP/1.1 " + status + " " + HttpResponseStatus.valueOf(status).reasonPhrase()
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            }
            case BROKEN_CHUNKED -> raw(response, brokenChunked(answer));
            case ENDLESS_BODY -> endless(response, answer);
            default -> throw new IllegalStateException("not a self-written fault: " + decision.kind());
        };
    }

    private static byte[] brokenChunked(ApiResponse answer) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(answer.status()).append(' ')
                .append(HttpResponseStatus.valueOf(answer.status()).reasonPhrase()).append("\r\n");
        if (answer.contentType() != null) {
            head.append("Content-Type: ").append(answer.contentType()).append("\r\n");
        }
        answer.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        byte[] half = Arrays.copyOf(answer.body(), Math.max(1, answer.body().length / 2));
        head.append("Transfer-Encoding: chunked\r\n\r\n").append(Integer.toHexString(half.length)).append("\r\n");
        byte[] start = head.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] end = "\r\nzz\r\nnot a chunk\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(start, start.length + half.length + end.length);
        System.arraycopy(half, 0, all, start.length, half.length);
        System.arraycopy(end, 0, all, start.length + half.length, end.length);
        return all;
    }

    /**
     * Writes bytes at the head of the channel's pipeline, past the HTTP encoder, and closes the connection; the
     * returned Mono ends when the connection is closed, so the server never adds a response of its own.
     */
    private static Mono<Void> raw(HttpServerResponse response, byte[] bytes) {
        Channel[] channel = new Channel[1];
        response.withConnection(connection -> {
            channel[0] = connection.channel();
            channel[0].pipeline().firstContext().writeAndFlush(Unpooled.wrappedBuffer(bytes));
            channel[0].close();
        });
        return channel[0] == null ? Mono.empty() : Mono.create(sink -> channel[0].closeFuture()
                .addListener(closed -> sink.success()));
    }

    private static Mono<Void> endless(HttpServerResponse response, ApiResponse answer) {
        response.status(answer.status());
        if (answer.contentType() != null) {
            response.header(HttpHeaderNames.CONTENT_TYPE, answer.contentType());
        }
        answer.headers().forEach(response::header);
        response.header(HttpHeaderNames.TRANSFER_ENCODING, "chunked");
        byte[] half = Arrays.copyOf(answer.body(), answer.body().length / 2);
        Flux<byte[]> body = Flux.concat(Mono.just(half).filter(start -> start.length > 0), Flux.interval(TRICKLE).map(tick -> SPACES));
        return response.sendByteArray(body).then();
    }
}
