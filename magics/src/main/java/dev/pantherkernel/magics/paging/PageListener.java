package dev.pantherkernel.magics.paging;

import dev.pantherkernel.magics.core.Internal;

/** Hears about each page as it arrives, to show progress. */
@Internal
@FunctionalInterface
public interface PageListener {

    void pageFetched(int pages, long rows);

    PageListener NONE = (pages, rows) -> { };
}
