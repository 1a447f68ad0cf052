/**
 * Panther's REST API, served at the API host's root beside GraphQL ({@code /public/graphql}), with the same keys,
 * permissions, faults, latency and request counting.
 *
 * <h2>Adding a resource</h2>
 * Write one class beside the store it serves (as {@code alerts.AlertsResource} beside {@code AlertStore}) that
 * implements {@link dev.pantherkernel.emulator.rest.RestResource} and registers each operation of its paths with the
 * permission it needs:
 *
 * <pre>{@code
 * public final class SavedQueriesResource implements RestResource {
 *     public void register(RestRoutes routes) {
 *         routes.get("/queries", Access.needs(Permission.DataAnalyticsRead),
 *                 request -> RestAnswer.ok(request.query().page(100, 0).slice(store.all(), SavedQueriesResource::view)));
 *         routes.get("/queries/{id}", Access.needs(Permission.DataAnalyticsRead),
 *                 request -> RestAnswer.ok(view(store.get(request.path("id")))));
 *     }
 * }
 * }</pre>
 *
 * Then list an instance in {@code PantherEmulator.start} (the {@code RestApi} of resources), add its rows to the
 * permission table of {@code emulator/README.md}, and remove its operations from the contract test's list of
 * operations not served yet. The path templates are written exactly as in {@code panther-rest-openapi.yaml}, the
 * description every REST exchange of the tests is validated against.
 *
 * <h2>What the framework does for every operation</h2>
 * <ul>
 * <li>404 {@code {"message": ...}} for a path no resource serves; 405 with {@code Allow} for another method;</li>
 * <li>the {@code --latency} wait, a count under {@code "GET /alerts/{id}"} ({@code PantherEmulator.requestCount}),
 *     faults aimed at that name (or {@code *}), 401 for a missing or unknown key, 403 without the permission;</li>
 * <li>query parameters read by name with typed getters ({@link dev.pantherkernel.emulator.rest.QueryParameters}): an
 *     array as its key repeated, an empty value as none, a bad value a 400 naming the parameter; {@code cursor} and
 *     {@code limit} with the listing's default and maximum ({@code page(25, 50)});</li>
 * <li>bodies read into records with unknown fields ignored; a missing required field
 *     ({@link dev.pantherkernel.emulator.rest.RestRequest#required}) or a value of the wrong type is a 400;</li>
 * <li>answers written as JSON without null fields; listings as {@code {results, next}} without {@code next} on the
 *     last page; a store's not found, invalid input and conflict as 404, 400 and 409.</li>
 * </ul>
 */
package dev.pantherkernel.emulator.rest;
