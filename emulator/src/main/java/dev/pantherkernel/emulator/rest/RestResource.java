package dev.pantherkernel.emulator.rest;

/**
 * One kind of item of Panther's REST API (alerts, users, rules ...): registers its operations, each behind the
 * permission it needs. An implementation lives beside the store it serves, as the GraphQL fields do, and is listed
 * once in {@code PantherEmulator.start}.
 */
public interface RestResource {
    void register(RestRoutes routes);
}
