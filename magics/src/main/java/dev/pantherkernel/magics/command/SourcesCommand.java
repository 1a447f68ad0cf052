package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.DurationText;
import dev.pantherkernel.magics.core.RecentWindow;
import dev.pantherkernel.magics.core.TimeText;
import dev.pantherkernel.magics.paging.Operation;
import dev.pantherkernel.magics.table.ColumnSelection;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.table.WordLists;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.selection.Selection;

import java.time.Duration;
import java.time.Instant;

/** {@code %panther sources}: the log sources, their health, and how long each has been quiet. */
@Command(name = "sources", header = "Log sources: kind, log types, health, and how long since each last sent an event.",
        description = {
        "Every log source: its name, kind (aws-s3, http-ingest ...), log types, whether Panther counts it",
        "healthy, when it last received and processed an event, and how long ago that was (quietFor).",
        "Examples:",
        "  %%panther sources --unhealthy",
        "  %%panther sources --quiet 24h        sources with no event in the last 24 hours"})
final class SourcesCommand extends TableCommand {

    static final String SOURCES = """
            query PantherKernelSources {
              sources { edges { node {
                integrationId integrationLabel integrationType isHealthy lastEventReceivedAtTime
                lastEventProcessedAtTime logTypes createdAtTime
                ... on S3LogIntegration { awsAccountId s3Bucket s3Prefix }
              } } pageInfo { hasNextPage endCursor } }
            }""";

    @Option(names = "--unhealthy", description = "Only the sources Panther counts unhealthy.")
    boolean unhealthy;

    @Option(names = "--quiet", paramLabel = "D",
            description = "Only the sources with no event in the last D: 30m (minutes), 24h, 2d, 1mo (30 days).")
    Duration quiet;

    SourcesCommand(CommandContext context) {
        super(context);
    }

    @Override
    public Result call() {
        Result all = context.run(Operation.newOperation("sources", SOURCES).build());
        Instant now = context.clock().instant();
        Table sources = all.table().copy();
        sources.replaceColumn("logTypes", WordLists.readable(sources.column("logTypes")));
        InstantColumn last = instants(sources.column("lastEventReceivedAtTime"));
        sources.replaceColumn("lastEventReceivedAtTime", last);
        StringColumn quietFor = StringColumn.create("quietFor");
        for (int i = 0; i < sources.rowCount(); i++) {
            quietFor.append(last.isMissing(i) ? "never received an event" : DurationText.describe(Duration.between(last.get(i), now)));
        }
        sources.insertColumn(sources.columnIndex("lastEventReceivedAtTime") + 1, quietFor);
        Selection kept = Selection.withRange(0, sources.rowCount());
        if (unhealthy) {
            kept = kept.and(sources.booleanColumn("isHealthy").isFalse());
        }
        RecentWindow silent = quiet == null ? null : RecentWindow.last(quiet, now);
        if (silent != null) {
            kept = kept.and(last.isMissing().or(last.isBefore(silent.from())));
        }
        Table chosen = sources.where(kept);
        if (table.limit() > 0 && chosen.rowCount() > table.limit()) {
            chosen = chosen.first((int) table.limit());
        }
        Result.Builder result = Result.newResult(all.withTable(ColumnSelection.keep(chosen, table.columns())));
        if (unhealthy || silent != null) {
            result.detail((chosen.rowCount() == 0 ? "none" : chosen.rowCount()) + " of " + sources.rowCount() + " sources"
                    + (unhealthy ? ", unhealthy" : "") + (silent == null ? "" : ", no event in the " + silent.describe()));
        }
        return result.build();
    }

    /**
     * The column as instants: typed by the schema it already is; typed by its values (a Panther without introspection)
     * it may be text, or nothing but missing values.
     */
    private static InstantColumn instants(Column<?> column) {
        if (column instanceof InstantColumn typed) {
            return typed;
        }
        InstantColumn out = InstantColumn.create(column.name());
        for (int i = 0; i < column.size(); i++) {
            if (column.isMissing(i)) {
                out.appendMissing();
            } else {
                out.append(TimeText.parse(column.name(), String.valueOf(column.get(i))));
            }
        }
        return out;
    }
}
