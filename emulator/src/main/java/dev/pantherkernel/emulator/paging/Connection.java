package dev.pantherkernel.emulator.paging;

import java.util.List;

/** A page of a Relay-style connection: {@code edges { node }} and {@code pageInfo}. */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo) {

    /** The page of {@code all} that starts at the cursor's offset. */
    public static <T> Connection<T> ofOffset(List<T> all, String cursor, int pageSize) {
        int from = Math.min(Cursors.offsetOf(cursor), all.size());
        int to = Math.min(from + pageSize, all.size());
        return fromOffset(all.subList(from, to), from, to < all.size());
    }

    /** A page that starts at {@code from}, with {@code hasMore} telling whether rows follow it. */
    public static <T> Connection<T> fromOffset(List<T> items, int from, boolean hasMore) {
        int to = from + items.size();
        PageInfo info = new PageInfo(
                items.isEmpty() ? null : Cursors.offset(from),
                hasMore ? Cursors.offset(to) : null,
                hasMore,
                from > 0);
        return new Connection<>(items.stream().map(Edge::new).toList(), info);
    }
}
