package dev.pantherkernel.magics.datalake.result;

import dev.pantherkernel.magics.core.PublicApi;
import tech.tablesaw.api.Table;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Page bytes into typed columns and a Table, the way the pager converts each page it fetched: every page read
 * with the columns of the pages before it, its texts into the result's dictionaries, and the Table made once.
 */
@PublicApi
public final class PageConversion {

    private final String queryId;
    private final ResultTable table = ResultTable.none();
    private ColumnLayout layout;

    /** @param queryId named in the errors of a page that cannot be read */
    public PageConversion(String queryId) {
        this.queryId = queryId;
    }

    /** Reads the next page into the result; returns its rows. */
    public int add(byte[] page) throws IOException {
        ResultsPage read = new ResultsPageReader(queryId, layout, table.rowCount(), next -> { }, table.dictionaries())
                .read(new ByteArrayInputStream(page));
        if (layout == null) {
            table.begin(read.rows());
        }
        layout = read.rows().layout();
        table.append(read.rows(), read.size());
        return read.size();
    }

    /**
     * Reads a page on its own into typed columns (with the columns of the pages added so far, its texts into
     * dictionaries of its own) without adding it; returns the page read, for a benchmark to consume.
     */
    public Object readAlone(byte[] page) throws IOException {
        return new ResultsPageReader(queryId, layout, 0).read(new ByteArrayInputStream(page));
    }

    public long rowCount() {
        return table.rowCount();
    }

    /** The Table of every page added, made on the first call. */
    public Table table(String name) {
        return table.table(name);
    }
}
