package dev.pantherkernel.magics.datalake.result;



/** Where a results pager puts the rows of each page, in order: a table in memory, or a file being written. */
interface PageTarget {

    /** Called once, with the first page, before any rows: the result's columns. */
    void begin(PageRows first);

    /** Adds the first {@code count} rows of a complete page. */
    void append(PageRows page, int count);

    long rowCount();

    /**
     * Whether the rows stay in memory, so that paging must stop when the heap runs low; a file being written holds a
     * page or two whatever the size.
     */
    default boolean holdsRows() {
        return true;
    }

    /**
     * Where the pages' texts are read into (shared by the pages of a result). A page is read with this object's lock
     * held, so a target that looks texts up while a page may still be read holds it too.
     */
    TextDictionaries dictionaries();
}
