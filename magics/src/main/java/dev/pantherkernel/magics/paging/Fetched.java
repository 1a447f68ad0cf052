package dev.pantherkernel.magics.paging;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.PantherException;

/**
 * How fetching ended. {@code failure} is set when an error stopped it after the first page; the rows fetched
 * before it are kept by the sink.
 */
@Internal
public record Fetched(int pages, long rows, boolean truncated, boolean interrupted, PantherException failure) {

    public boolean complete() {
        return !truncated && !interrupted && failure == null;
    }
}
