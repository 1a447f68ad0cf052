package dev.pantherkernel.magics.datalake;

import dev.pantherkernel.magics.paging.Fetched;

/** The rows a results pager fetched, how fetching ended, and the query's stats from the last page. */
record PagedResults(ResultTable table, Fetched fetched, ResultStats stats) {
}
