package dev.pantherkernel.magics.datalake.job;

import dev.pantherkernel.magics.core.Quantities;
import dev.pantherkernel.magics.datalake.result.PagedResults;
import dev.pantherkernel.magics.datalake.result.ResultStats;
import dev.pantherkernel.magics.datalake.result.ResultTable;
import dev.pantherkernel.magics.memory.HeapLowException;
import dev.pantherkernel.magics.paging.FetchReport;
import dev.pantherkernel.magics.paging.Fetched;
import dev.pantherkernel.magics.table.ColumnSelection;
import dev.pantherkernel.magics.table.PartialResultException;
import dev.pantherkernel.magics.table.Result;

import tech.tablesaw.api.Table;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a data lake job tells the user: the rows, the query's facts for the footer, and what is missing and why. */
final class JobReport {

    private JobReport() {
    }

    /**
     * Which queries a result came from: the footer's words for them, their ids (kept in the result), the name errors
     * give them, and how to fetch their rows again.
     */
    record Queries(List<String> footer, List<String> ids, String named, String again, boolean several) {

        /** One query: {@code %panther attach ID} fetches its rows again. */
        static Queries one(String id) {
            return new Queries(List.of("query " + id), List.of(id), "query " + id, "`%panther attach " + id + "`", false);
        }
    }

    /** {@link #of(String, Queries, String, PagedResults, Duration, JobOptions)} of one query. */
    static Result of(String label, String id, String endpoint, PagedResults<ResultTable> paged, Duration elapsed, JobOptions options) {
        return of(label, Queries.one(id), endpoint, paged, elapsed, options);
    }

    /**
     * The result of a job: the table (with only the columns asked for), the footer's facts, and a warning for each
     * way it is incomplete. A failure part way, or fewer or more rows than Panther counted, is an error that keeps
     * the rows fetched (as {@link PartialResultException#result()}).
     */
    static Result of(String label, Queries queries, String endpoint, PagedResults<ResultTable> paged, Duration elapsed,
                     JobOptions options) {
        String named = queries.named();
        String again = queries.again();
        Fetched fetched = paged.fetched();
        ResultStats stats = paged.stats();
        Table table = ColumnSelection.keep(paged.table().table(label), options.columns());
        Result.Builder result = Result.newResult(table).operation(label).endpoint(endpoint);
        queries.footer().forEach(result::detail);
        queries.ids().forEach(result::queryId);
        result.detail(Quantities.rows(fetched.rows()))
                .detail(Quantities.bytes(stats.bytesScanned()) + " scanned")
                .detail("executed in " + Quantities.seconds(Duration.ofMillis(Math.round(stats.executionMillis()))))
                .elapsed(elapsed);
        inferred(paged.table(), table).ifPresent(result::detail);
        report(queries, options.limit()).apply(fetched, result);
        if (fetched.complete() && stats.rowCount() >= 0 && stats.rowCount() != fetched.rows()) {
            String message = String.format(Locale.ROOT, "%s: fetched %,d rows but Panther "
                    + "counted %,d (stats.rowCount); the rows fetched are kept, %s fetches them again",
                    named, fetched.rows(), stats.rowCount(), again);
            throw new PartialResultException(message, result.partial(true).warning(message).build(), null);
        }
        return result.build();
    }

    /** The data lake's words for a fetch that ended early: how to fetch the rest, and which query failed. */
    private static FetchReport report(Queries queries, long limit) {
        String named = queries.named();
        String again = queries.again();
        return new FetchReport(
                fetched -> String.format(Locale.ROOT, "stopped at --limit %,d rows; the query has more "
                        + "(%s fetches them all)", limit, again),
                fetched -> String.format(Locale.ROOT, "interrupted after page %d: these are the %,d rows "
                        + "fetched so far (%s fetches them all)", fetched.pages(), fetched.rows(), again),
                fetched -> {
                    String failure = fetched.failure().getMessage();
                    String kept = queries.several()
                            ? String.format(Locale.ROOT, " (the %,d rows the other partitions fetched are kept)",
                            fetched.rows())
                            : String.format(Locale.ROOT, " (while fetching results page %d; the %,d rows fetched "
                            + "before are kept)", fetched.pages() + 1, fetched.rows());
                    return (failure.contains(named) ? "" : named + ": ") + failure + kept;
                },
                fetched -> named + ": " + FetchReport.heapLow(fetched, "`--to hunt.parquet` writes them to a file as they "
                        + "come, with a bounded heap; or narrow the time window, add `--limit N`, " + HeapLowException.MORE_HEAP));
    }

    /** Which columns of the table got their kind from their values, because Panther named no type known here. */
    private static Optional<String> inferred(ResultTable result, Table table) {
        List<String> kinds = new ArrayList<>();
        result.inferredKinds().forEach((name, kind) -> {
            if (table.containsColumn(name)) {
                kinds.add(name + " " + kind);
            }
        });
        return kinds.isEmpty() ? Optional.empty() : Optional.of("types inferred from values: " + String.join(", ", kinds));
    }
}
