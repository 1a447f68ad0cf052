package dev.pantherkernel.emulator.rest;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** Every REST operation the emulator serves, registered by its resources, and the lookup of a request's route. */
public final class RestApi {
    /** What a method and path lead to: a route, a path served only for other methods, or nothing. */
    sealed interface Lookup {}

    record Found(RestRoutes.Route route, Map<String, String> pathParameters) implements Lookup {}

    record OtherMethods(List<String> allowed) implements Lookup {}

    record NoSuchPath() implements Lookup {}

    private final List<RestRoutes.Route> routes;

    public RestApi(List<RestResource> resources) {
        RestRoutes registry = new RestRoutes();
        resources.forEach(resource -> resource.register(registry));
        // the most literal template first, so that a fixed word beats a {parameter} in the same place
        this.routes = registry.routes().stream()
                .sorted(Comparator.comparingInt((RestRoutes.Route r) -> -r.template().literals()))
                .toList();
    }

    /** The served operations, by path and method. */
    public List<RestOperation> operations() {
        return routes.stream().map(RestRoutes.Route::operation)
                .sorted(Comparator.comparing(RestOperation::path).thenComparing(RestOperation::method)).toList();
    }

    Lookup find(String method, List<String> pathSegments) {
        TreeSet<String> allowed = new TreeSet<>();
        for (RestRoutes.Route route : routes) {
            Optional<Map<String, String>> values = route.template().match(pathSegments);
            if (values.isEmpty()) {
                continue;
            }
            if (route.operation().method().equals(method)) {
                return new Found(route, values.get());
            }
            allowed.add(route.operation().method());
        }
        return allowed.isEmpty() ? new NoSuchPath() : new OtherMethods(List.copyOf(allowed));
    }
}
