package dev.pantherkernel.magics.datalake.result;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.paging.Fetched;

/** Where a results pager put the rows, how fetching ended, and the query's stats from the last page. */
@Internal
public record PagedResults<T extends PageTarget>(T table, Fetched fetched, ResultStats stats) {
}
