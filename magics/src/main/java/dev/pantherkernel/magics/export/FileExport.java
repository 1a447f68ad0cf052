package dev.pantherkernel.magics.export;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.datalake.DataLakeQuery;
import dev.pantherkernel.magics.core.Quantities;
import dev.pantherkernel.magics.datalake.result.StreamedResult;
import dev.pantherkernel.magics.datalake.sql.PreparedSql;
import dev.pantherkernel.magics.paging.Fetched;
import dev.pantherkernel.magics.redact.Redaction;
import dev.pantherkernel.magics.table.PartialResultException;
import dev.pantherkernel.magics.table.Result;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;

/**
 * Writes results to files: a data lake query's pages as they arrive ({@code %%panther sql --to}), or a table of the
 * session ({@code %panther export}). The cell's value is a one-row table that says what was written. A query that
 * stops short (an interrupt, a failure part way, fewer rows than Panther counted) leaves its rows under a
 * {@code .partial} name with the reason inside, and never a file under the name asked for.
 */
@Internal
public final class FileExport {

    private final Clock clock;
    private final Redaction redaction;

    /** @param redaction the session's: while it is on, the file gets pseudonyms, page by page, never the values */
    public FileExport(Clock clock, Redaction redaction) {
        this.clock = clock;
        this.redaction = redaction;
    }

    public Result query(DataLakeQuery query, Path target) {
        PreparedSql prepared = query.prepare();
        Instant started = clock.instant();
        Redaction.Counted counted = new Redaction.Counted();
        try (StagedFile staged = StagedFile.create(target)) {
            Provenance provenance = new Provenance("data lake query", null, redaction.text(prepared.sql()), null,
                    DataLakeQuery.timeFilters(prepared.sql()), started, 0, null, null);
            StreamedResult streamed;
            try {
                streamed = query.stream(new RedactedPages(staged, redaction, counted));
            } catch (PantherException e) {
                throw keepWhatCame(staged, provenance, e);
            }
            provenance = new Provenance("data lake query", streamed.queryId(), redaction.text(streamed.sql()), streamed.endpoint(),
                    DataLakeQuery.timeFilters(streamed.sql()), started, 0, null, null);
            Fetched fetched = streamed.fetched();
            String shortBy = shortfall(streamed);
            Path written = shortBy == null
                    ? staged.finish(provenance.withRows(staged.rows(), clock.instant(), null))
                    : staged.finishPartial(provenance.withRows(staged.rows(), clock.instant(), shortBy));
            Result.Builder result = summary(written, staged, streamed.queryId())
                    .detail("query " + streamed.queryId())
                    .detail(Quantities.rows(staged.rows()) + " written")
                    .detail(Quantities.bytes(streamed.stats().bytesScanned()) + " scanned")
                    .pages(fetched.pages())
                    .elapsed(streamed.elapsed())
                    .endpoint(URI.create(streamed.endpoint()).getHost())
                    .truncated(fetched.truncated())
                    .partial(shortBy != null);
            if (fetched.truncated()) {
                result.warning(String.format(Locale.ROOT, "stopped at --limit: %s has the first %,d rows of the result",
                        written.getFileName(), staged.rows()));
            }
            if (shortBy == null) {
                return redaction.result(result.build(), counted);
            }
            String message = shortBy + String.format(Locale.ROOT, "; the %,d rows fetched are in %s (marked partial), "
                    + "%s was not written", staged.rows(), written, target.getFileName());
            result.warning(message);
            if (fetched.interrupted()) {
                return redaction.result(result.build(), counted);
            }
            throw new PartialResultException(message, redaction.result(result.build(), counted), fetched.failure());
        }
    }

    public Result table(Table table, String source, Path target) {
        Instant started = clock.instant();
        Redaction.Counted counted = new Redaction.Counted();
        Table rows = redaction.table(table, counted);
        try (StagedFile staged = StagedFile.create(target)) {
            staged.begin(rows);
            staged.page(rows);
            Path written = staged.finish(new Provenance(source, null, null, null, null, null, staged.rows(),
                    clock.instant(), null));
            return redaction.result(summary(written, staged, null)
                    .detail(Quantities.rows(staged.rows()) + " written")
                    .elapsed(Duration.between(started, clock.instant()))
                    .build(), counted);
        }
    }

    /** Why a streamed result is not the whole result, or null when it is. */
    private static String shortfall(StreamedResult streamed) {
        Fetched fetched = streamed.fetched();
        String id = streamed.queryId();
        if (fetched.interrupted()) {
            return "interrupted after page " + fetched.pages();
        }
        if (fetched.failure() != null) {
            return "query " + id + ": " + fetched.failure().getMessage() + " (while fetching results page "
                    + (fetched.pages() + 1) + ")";
        }
        if (!streamed.complete() && !fetched.truncated()) {
            return String.format(Locale.ROOT, "query %s: fetched %,d rows but Panther counted %,d", id,
                    fetched.rows(), streamed.stats().rowCount());
        }
        return null;
    }

    /** A failure once rows were written: they go to the partial file, and the error says where. */
    private RuntimeException keepWhatCame(StagedFile staged, Provenance provenance, PantherException failure) {
        if (staged.rows() == 0) {
            return failure;
        }
        try {
            Path partial = staged.finishPartial(provenance.withRows(staged.rows(), clock.instant(), failure.getMessage()));
            return new PantherException(failure.getMessage() + String.format(Locale.ROOT,
                    "; the %,d rows fetched before are in %s (marked partial)", staged.rows(), partial), failure);
        } catch (PantherException alsoFailed) {
            failure.addSuppressed(alsoFailed);
            return failure;
        }
    }

    private static Result.Builder summary(Path written, StagedFile staged, String queryId) {
        long bytes;
        try {
            bytes = Files.size(written);
        } catch (IOException e) {
            bytes = -1;
        }
        Table table = Table.create("export",
                StringColumn.create("file", written.toString()),
                StringColumn.create("format", staged.format().extension().substring(1)),
                LongColumn.create("rows", staged.rows()),
                LongColumn.create("bytes", bytes),
                StringColumn.create("query_id", queryId == null ? "" : queryId),
                BooleanColumn.create("partial", new boolean[] {written.getFileName().toString()
                        .contains(".partial.")}));
        return Result.newResult(table).operation("export");
    }
}
