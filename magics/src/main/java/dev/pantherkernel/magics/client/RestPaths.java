package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.Suggestions;

import java.util.List;
import java.util.Optional;

/**
 * The paths of Panther's REST API as its OpenAPI description publishes them (panther-labs/mcp-panther
 * {@code docs/panther_open_api_v3_spec.yaml}), so that a call to none of them can say which was meant. A path outside
 * them is still sent: a newer Panther may serve more.
 */
@Internal
public final class RestPaths {

    private static final List<String> PUBLISHED = List.of(
            "/alerts", "/alerts/{id}", "/alerts/{id}/events", "/alert-comments", "/alert-comments/{id}",
            "/api-tokens", "/api-tokens/{id}", "/api-tokens/{id}/rotate", "/data-models", "/data-models/{id}",
            "/globals", "/globals/{id}", "/log-sources/http", "/log-sources/http/{id}", "/policies", "/policies/{id}",
            "/queries", "/queries/{id}", "/roles", "/roles/{id}", "/rules", "/rules/{id}", "/scheduled-rules",
            "/scheduled-rules/{id}", "/simple-rules", "/simple-rules/{id}", "/users", "/users/{id}");

    /** The published paths that are not about one item: what a mistyped path is compared with. */
    private static final List<String> COLLECTIONS = PUBLISHED.stream().filter(p -> !p.contains("{")).toList();

    private RestPaths() {
    }

    /** Every published path, an item's id written {id}. */
    public static List<String> all() {
        return PUBLISHED;
    }

    /** Whether {@code path} (from the host's root, without a query) is one of the published paths, an id in place of {id}. */
    public static boolean published(String path) {
        String[] asked = segments(path);
        return PUBLISHED.stream().map(RestPaths::segments).anyMatch(template -> matches(template, asked));
    }

    /**
     * For a path Panther answered 404 to: when it is none of the published paths, which collection was likely meant,
     * or else the list of them; empty when the path is a published one (then the item is what was not found).
     */
    public static Optional<String> hintFor(String path) {
        if (published(path)) {
            return Optional.empty();
        }
        String[] asked = segments(path);
        String collection = asked.length == 0 ? "/" : "/" + asked[0];
        String near = Suggestions.didYouMean(collection, COLLECTIONS);
        if (!near.isEmpty()) {
            return Optional.of(path + " is not a path Panther's REST API publishes" + near);
        }
        return Optional.of(path + " is not a path Panther's REST API publishes; its collections are "
                + String.join(", ", COLLECTIONS));
    }

    private static boolean matches(String[] template, String[] asked) {
        if (template.length != asked.length) {
            return false;
        }
        for (int i = 0; i < template.length; i++) {
            if (!template[i].startsWith("{") && !template[i].equals(asked[i])) {
                return false;
            }
        }
        return true;
    }

    private static String[] segments(String path) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/+");
    }
}
