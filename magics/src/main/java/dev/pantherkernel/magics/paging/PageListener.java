package dev.pantherkernel.magics.paging;

/** Hears about each page as it arrives, to show progress. */
@FunctionalInterface
public interface PageListener {

    void pageFetched(int pages, long rows);

    PageListener NONE = (pages, rows) -> { };
}
