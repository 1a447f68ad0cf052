package dev.pantherkernel.magics.datalake;

import dev.pantherkernel.magics.PantherException;
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
     * The result of a job: the table (with only the columns asked for), the footer's facts, and a warning for each
     * way it is incomplete. A failure part way, or fewer or more rows than Panther counted, is an error that keeps
     * the rows fetched (as {@link PartialResultException#result()}).
     */
    static Result of(String label, String id, String endpoint, PagedResults<ResultTable> paged, Duration elapsed, JobOptions options) {
        Fetched fetched = paged.fetched();
        ResultStats stats = paged.stats();
        Table table = ColumnSelection.keep(paged.table().table(label), options.columns());
        Result.Builder result = Result.of(table)
                .operation(label)
                .endpoint(endpoint)
                .detail("query " + id)
                .detail(Quantities.rows(fetched.rows()))
                .detail(Quantities.bytes(stats.bytesScanned()) + " scanned")
                .detail("executed in " + Quantities.seconds(Duration.ofMillis(Math.round(stats.executionMillis()))))
                .pages(fetched.pages())
                .elapsed(elapsed)
                .truncated(fetched.truncated())
                .partial(!fetched.complete() && !fetched.truncated());
        inferred(paged.table(), table).ifPresent(result::detail);
        if (fetched.truncated()) {
            result.warning(String.format(Locale.ROOT, "stopped at --limit %,d rows; the query has more "
                    + "(`%%panther attach %s` fetches them all)", options.limit(), id));
        }
        if (fetched.interrupted()) {
            result.warning(String.format(Locale.ROOT, "interrupted after page %d: these are the %,d rows "
                    + "fetched so far (`%%panther attach %s` fetches them all)", fetched.pages(), fetched.rows(), id));
        }
        if (fetched.failure() != null) {
            String failure = fetched.failure().getMessage();
            throw partial(result, (failure.contains(id) ? "" : "query " + id + ": ") + failure + String.format(Locale.ROOT,
                    " (while fetching results page %d; the %,d rows fetched before are kept)", fetched.pages() + 1,
                    fetched.rows()), fetched.failure());
        }
        if (fetched.complete() && stats.rowCount() >= 0 && stats.rowCount() != fetched.rows()) {
            throw partial(result.partial(true), String.format(Locale.ROOT, "query %s: fetched %,d rows but Panther "
                    + "counted %,d (stats.rowCount); the rows fetched are kept, `%%panther attach %s` fetches them again",
                    id, fetched.rows(), stats.rowCount(), id), null);
        }
        return result.build();
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

    private static PartialResultException partial(Result.Builder result, String message, PantherException cause) {
        return new PartialResultException(message, result.warning(message).build(), cause);
    }
}
