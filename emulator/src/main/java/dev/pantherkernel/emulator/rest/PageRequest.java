package dev.pantherkernel.emulator.rest;

import dev.pantherkernel.emulator.paging.Cursors;
import java.util.List;
import java.util.function.Function;

/** The {@code cursor} and {@code limit} of a REST listing. */
public record PageRequest(String cursor, int limit) {

    /** The page of {@code all} this request asks for, with a {@code next} cursor when items follow it. */
    public <T, V> RestList<V> slice(List<T> all, Function<T, V> view) {
        int from = Math.min(Cursors.offsetOf(cursor), all.size());
        int to = (int) Math.min((long) from + limit, all.size());
        return new RestList<>(all.subList(from, to).stream().map(view).toList(), to < all.size() ? Cursors.offset(to) : null);
    }
}
