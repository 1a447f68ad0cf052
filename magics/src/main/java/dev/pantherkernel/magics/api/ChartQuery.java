package dev.pantherkernel.magics.api;

import dev.pantherkernel.magics.chart.Aggregation;
import dev.pantherkernel.magics.chart.ChartKind;
import dev.pantherkernel.magics.core.PublicApi;
import dev.pantherkernel.magics.datalake.DataLakeQuery;
import dev.pantherkernel.magics.datalake.catalog.DataLakeCatalog;
import dev.pantherkernel.magics.datalake.job.JobOptions;
import dev.pantherkernel.magics.lakechart.ChartSource;
import dev.pantherkernel.magics.lakechart.LakeChart;
import dev.pantherkernel.magics.lakechart.LakeChartRequest;
import dev.pantherkernel.magics.lakechart.LakeChartResult;
import dev.pantherkernel.magics.redact.Redaction;
import dev.pantherkernel.magics.session.PantherSession;
import tech.tablesaw.plotly.components.Figure;

import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * A chart aggregated in the data lake, from Java (the same as {@code %panther chart --table}); each call returns a
 * new query, {@link #draw()} runs it:
 * <pre>{@code
 * Panther.chart("aws_cloudtrail").x("p_event_time").bucket(Duration.ofDays(1)).by("eventName").top(10)
 *        .since(Duration.ofDays(90)).draw();
 * }</pre>
 */
@PublicApi
public final class ChartQuery {

    private final PantherSession session;
    private final ChartSource source;
    private final String x;
    private final UnaryOperator<LakeChartRequest> settings;
    private final String database;
    private final Duration timeout;

    ChartQuery(PantherSession session, ChartSource source) {
        this(session, source, null, UnaryOperator.identity(), DataLakeCatalog.DEFAULT_DATABASE, JobOptions.DEFAULT_TIMEOUT);
    }

    private ChartQuery(PantherSession session, ChartSource source, String x, UnaryOperator<LakeChartRequest> settings,
                       String database, Duration timeout) {
        this.session = session;
        this.source = source;
        this.x = x;
        this.settings = settings;
        this.database = database;
        this.timeout = timeout;
    }

    private ChartQuery with(UnaryOperator<LakeChartRequest> more) {
        return new ChartQuery(session, source, x, r -> more.apply(settings.apply(r)), database, timeout);
    }

    private LakeChartRequest request() {
        if (x == null) {
            throw new IllegalStateException("a chart needs x(column): the column along the x axis");
        }
        return settings.apply(LakeChartRequest.of(source, x));
    }

    /** The column along the x axis (needed). */
    public ChartQuery x(String column) {
        return new ChartQuery(session, source, column, settings, database, timeout);
    }

    public ChartQuery bucket(Duration size) {
        return with(r -> r.bucket(size));
    }

    public ChartQuery by(String column) {
        return with(r -> r.by(column));
    }

    /** Sums this column (or averages it, with {@code aggregation(Aggregation.MEAN)}) instead of counting rows. */
    public ChartQuery y(String column) {
        return with(r -> r.y(column));
    }

    public ChartQuery aggregation(Aggregation aggregation) {
        return with(r -> r.aggregation(aggregation));
    }

    public ChartQuery kind(ChartKind kind) {
        return with(r -> r.kind(kind));
    }

    public ChartQuery title(String title) {
        return with(r -> r.title(title));
    }

    public ChartQuery where(String condition) {
        return with(r -> r.where(condition));
    }

    public ChartQuery since(Duration window) {
        return with(r -> r.since(window));
    }

    public ChartQuery top(int series) {
        return with(r -> r.top(series));
    }

    public ChartQuery database(String name) {
        return new ChartQuery(session, source, x, settings, name, timeout);
    }

    public ChartQuery timeout(Duration limit) {
        return new ChartQuery(session, source, x, settings, database, limit);
    }

    /** The SQL {@link #draw()} sends. */
    public String sql() {
        return LakeChart.sql(request());
    }

    /** Runs the aggregation in the data lake; the chart, its buckets and the query's facts. */
    public LakeChartResult draw() {
        Redaction redaction = session.redaction();
        LakeChartResult result;
        try {
            result = LakeChart.draw(request(), sql -> DataLakeQuery.sql(session.connection(), sql)
                    .database(database).timeout(timeout).variables(session.host()::variable).host(session.host()), false,
                    session.clock().instant(), redaction).redacted(redaction);
        } catch (RuntimeException e) {
            throw redaction.failure(e);
        }
        session.remember(result.buckets());
        return result;
    }

    /** Just the figure. */
    public Figure figure() {
        return draw().figure();
    }
}
