package io.github.bcreactive.test.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Maps {@code (version, method, path)} to an endpoint. Path templates use {@code {id}} for numeric
 * segments; a path that matches with another method gets 405, no match at all gets 404.
 */
public final class Router {

    /** An endpoint: the request and the numeric ids captured from the path, in order. */
    @FunctionalInterface
    public interface Endpoint {
        /**
         * Handles one call.
         *
         * @param request the request
         * @param ids the path ids, in template order
         * @return the response
         */
        ApiResponse handle(ApiRequest request, long[] ids);
    }

    private record Route(String version, String method, String[] segments, int idCount, Endpoint endpoint) {
    }

    private final List<Route> routes = new ArrayList<>();

    /**
     * Registers an endpoint.
     *
     * @param version {@code v2} or {@code v3}
     * @param method the HTTP method
     * @param template the path template, e.g. {@code /catalog/products/{id}/variants/{id}}
     * @param endpoint the endpoint
     * @return this router
     */
    public Router add(String version, String method, String template, Endpoint endpoint) {
        String[] segments = template.substring(1).split("/");
        int ids = (int) java.util.Arrays.stream(segments).filter("{id}"::equals).count();
        routes.add(new Route(version, method, segments, ids, Objects.requireNonNull(endpoint, "'endpoint' cannot be null.")));
        return this;
    }

    /**
     * Dispatches a request; endpoint errors ({@link ApiException}) become their responses.
     *
     * @param request the request
     * @return the response
     */
    public ApiResponse dispatch(ApiRequest request) {
        String path = request.path();
        String[] segments = path.length() <= 1 ? new String[0] : path.substring(1).split("/");
        boolean pathMatched = false;
        for (Route route : routes) {
            if (!route.version.equals(request.version())) {
                continue;
            }
            long[] ids = match(route, segments);
            if (ids == null) {
                continue;
            }
            if (!route.method.equals(request.method())) {
                pathMatched = true;
                continue;
            }
            try {
                return route.endpoint.handle(request, ids);
            } catch (ApiException error) {
                return error.response();
            }
        }
        if (pathMatched) {
            return request.v2()
                    ? ApiErrors.v2(405, "The requested method is not supported on this resource.")
                    : ApiErrors.v3(405, "Method Not Allowed", "The " + request.method() + " method is not supported on "
                            + path + ".", null);
        }
        return ApiErrors.error(request.v2(), 404, "The requested resource was not found.", null);
    }

    private static long[] match(Route route, String[] segments) {
        if (route.segments.length != segments.length) {
            return null;
        }
        long[] ids = new long[route.idCount];
        int next = 0;
        for (int i = 0; i < segments.length; i++) {
            String expected = route.segments[i];
            if ("{id}".equals(expected)) {
                long id = parseId(segments[i]);
                if (id < 0) {
                    return null;
                }
                ids[next++] = id;
            } else if (!expected.equals(segments[i])) {
                return null;
            }
        }
        return ids;
    }

    private static long parseId(String segment) {
        if (segment.isEmpty() || segment.length() > 18) {
            return -1;
        }
        for (int i = 0; i < segment.length(); i++) {
            if (!Character.isDigit(segment.charAt(i))) {
                return -1;
            }
        }
        return Long.parseLong(segment);
    }
}
