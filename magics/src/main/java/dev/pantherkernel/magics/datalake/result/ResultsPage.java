package dev.pantherkernel.magics.datalake.result;



/**
 * One page of a query's results: its rows (already typed, column by column), where the next page starts, the
 * query's stats, and whether Panther asked to be asked again ({@code tryAgain}: the page was not ready).
 */
record ResultsPage(boolean tryAgain, ResultStats stats, boolean hasNextPage, String endCursor, PageRows rows) {

    public int size() {
        return rows.size();
    }
}
