package dev.pantherkernel.magics.lakechart;

import dev.pantherkernel.magics.lakechart.LakeChartRequest.OtherSeries;
import dev.pantherkernel.magics.chart.ChartBuilder;
import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.RecentWindow;
import dev.pantherkernel.magics.datalake.DataLakeQuery;
import dev.pantherkernel.magics.datalake.job.Partitions;
import dev.pantherkernel.magics.datalake.sql.DerivedSql;
import dev.pantherkernel.magics.datalake.sql.SqlOrigin;
import dev.pantherkernel.magics.redact.Redaction;
import dev.pantherkernel.magics.table.Result;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.time.Instant;
import java.util.Locale;
import java.util.function.Function;

/**
 * Draws a chart whose rows never leave the data lake: builds the aggregating SQL ({@link BucketSql}), runs it as
 * any data lake query (polling, paging, cancel on interrupt, the time-filter warning), and draws the buckets that
 * come back with {@link ChartBuilder#ofBuckets}, the same figure {@code %panther chart} draws from the rows.
 */
@Internal
public final class LakeChart {

    private LakeChart() {
    }

    /** The SQL {@link #draw} sends for {@code request}. */
    public static String sql(LakeChartRequest request) {
        return BucketSql.of(request);
    }

    /**
     * @param queries   makes the data lake query for the SQL (the caller's connection, database, timeout, host)
     * @param now       the session's now, for the footer's window
     * @param redaction the session's: the buckets' labels (an IP per series, say) are drawn as pseudonyms while it is on
     */
    public static LakeChartResult draw(LakeChartRequest request, Function<String, DataLakeQuery> queries,
                                       boolean showSql, Instant now, Redaction redaction) {
        ChartBuilder.requireAggregating(request.chart().kind());
        DerivedSql derived = BucketSql.derived(request);
        String sql = derived.text();
        SqlOrigin origin = SqlOrigin.generated("the chart's SQL", "generated from " + request.options(),
                request.source() instanceof ChartSource.Query ? derived : null);
        // an aggregation is never split: running it whole spares the check and the footer's word on it
        Result buckets = queries.apply(sql).origin(origin).partitions(Partitions.WHOLE).fetch();
        Table back = buckets.table();
        Table drawn = Table.create(request.source().label(), renamed(back.column(BucketSql.X), request.x()));
        if (request.by() != null) {
            drawn.addColumns(renamed(back.column(BucketSql.SERIES), request.by()));
        }
        drawn.addColumns(renamed(back.column(BucketSql.VALUE), BucketSql.VALUE),
                renamed(back.column(BucketSql.ROW_COUNT), BucketSql.ROW_COUNT));
        drawn = redacted(drawn, request, redaction);
        long rows = rows(drawn);
        Result.Builder facts = Result.newResult(buckets);
        if (request.top() > 0 && request.by() != null && request.others() == OtherSeries.HIDE) {
            Table others = drawn.where(drawn.stringColumn(request.by()).isEqualTo(LakeChartRequest.OTHER));
            drawn = drawn.where(drawn.stringColumn(request.by()).isNotEqualTo(LakeChartRequest.OTHER));
            facts.detail(String.format(Locale.ROOT, "only the top %d series of %s: the others' %,d rows are not drawn "
                    + "(--others hide)", request.top(), request.by(), rows(others)));
        }
        if (request.since() != null) {
            // the data lake's p_occurs_since counts from its own now, a moment after this one
            facts.detail(RecentWindow.last(request.since(), now).footer(rows, "rows"));
        }
        ChartBuilder.BucketFigure figure = ChartBuilder.ofBuckets(drawn, BucketSql.VALUE, BucketSql.ROW_COUNT,
                request.source().label(), request.chart());
        figure.notes().forEach(facts::detail);
        return new LakeChartResult(figure.figure(), facts.build(), sql, request.source().label(), rows, showSql);
    }

    /**
     * The buckets with pseudonyms for their labels, redacted under the user's column names (which say when a label is
     * a user name); the series that adds up the others keeps its name.
     */
    private static Table redacted(Table drawn, LakeChartRequest request, Redaction redaction) {
        Table done = redaction.table(drawn);
        if (done == drawn || request.by() == null || !(drawn.column(request.by()) instanceof StringColumn before)
                || !(done.column(request.by()) instanceof StringColumn after)) {
            return done;
        }
        for (int i = 0; i < before.size(); i++) {
            if (LakeChartRequest.OTHER.equals(before.get(i))) {
                after.set(i, LakeChartRequest.OTHER);
            }
        }
        return done;
    }

    /** The rows of the source the buckets stand for. */
    private static long rows(Table buckets) {
        long rows = 0;
        NumericColumn<?> counts = (NumericColumn<?>) buckets.column(BucketSql.ROW_COUNT);
        for (int i = 0; i < counts.size(); i++) {
            rows += counts.isMissing(i) ? 0 : Math.round(counts.getDouble(i));
        }
        return rows;
    }

    /** The data lake names result columns as Snowflake does (upper case); the chart names them as the user did. */
    private static Column<?> renamed(Column<?> column, String name) {
        Column<?> copy = column.copy();
        copy.setName(name);
        return copy;
    }
}
