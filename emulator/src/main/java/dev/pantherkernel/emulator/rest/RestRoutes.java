package dev.pantherkernel.emulator.rest;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a {@link RestResource} registers its operations: method, path template (as the OpenAPI description writes
 * it), who may use it, and the handler.
 *
 * <pre>{@code
 * routes.get("/alerts/{id}", Access.needs(Permission.AlertRead), request -> RestAnswer.ok(view(store.get(request.path("id")))));
 * }</pre>
 */
public final class RestRoutes {
    /** One registered operation with its handler. */
    record Route(RestOperation operation, PathTemplate template, RestHandler handler) {}

    private final List<Route> routes = new ArrayList<>();

    public RestRoutes get(String path, Access access, RestHandler handler) {
        return add("GET", path, access, handler);
    }

    public RestRoutes post(String path, Access access, RestHandler handler) {
        return add("POST", path, access, handler);
    }

    public RestRoutes put(String path, Access access, RestHandler handler) {
        return add("PUT", path, access, handler);
    }

    public RestRoutes patch(String path, Access access, RestHandler handler) {
        return add("PATCH", path, access, handler);
    }

    public RestRoutes delete(String path, Access access, RestHandler handler) {
        return add("DELETE", path, access, handler);
    }

    private RestRoutes add(String method, String path, Access access, RestHandler handler) {
        RestOperation operation = new RestOperation(method, path, access);
        if (routes.stream().anyMatch(r -> r.operation().name().equals(operation.name()))) {
            throw new IllegalStateException("REST operation registered twice: " + operation.name());
        }
        routes.add(new Route(operation, PathTemplate.parse(path), handler));
        return this;
    }

    List<Route> routes() {
        return List.copyOf(routes);
    }
}
