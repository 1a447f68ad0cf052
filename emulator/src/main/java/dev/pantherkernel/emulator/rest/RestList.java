package dev.pantherkernel.emulator.rest;

import dev.pantherkernel.emulator.paging.Connection;
import dev.pantherkernel.emulator.paging.Edge;
import java.util.List;
import java.util.function.Function;

/**
 * A REST listing: {@code {"results": [...], "next": "..."}}. The last page has no {@code next} (it is left out, not
 * null, as Panther's description types it a string).
 */
public record RestList<T>(List<T> results, String next) {

    /** Everything in one answer (roles, API keys). */
    public static <T> RestList<T> all(List<T> results) {
        return new RestList<>(results, null);
    }

    /** A page of a store's connection (keyset or offset paged), its end cursor as {@code next}. */
    public static <T, V> RestList<V> from(Connection<T> page, Function<T, V> view) {
        return new RestList<>(page.edges().stream().map(Edge::node).map(view).toList(),
                page.pageInfo().hasNextPage() ? page.pageInfo().endCursor() : null);
    }
}
