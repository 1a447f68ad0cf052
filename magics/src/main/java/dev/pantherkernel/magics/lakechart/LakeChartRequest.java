package dev.pantherkernel.magics.lakechart;

import dev.pantherkernel.magics.chart.Aggregation;
import dev.pantherkernel.magics.chart.ChartBuilder;
import dev.pantherkernel.magics.chart.ChartKind;
import dev.pantherkernel.magics.chart.ChartRequest;
import dev.pantherkernel.magics.core.DurationText;

import dev.pantherkernel.magics.core.Internal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A chart to aggregate in the data lake: what to aggregate, the chart (x, bucket, --by series, --y and its
 * aggregation, kind, title), a filter ({@code --where}), a time window on x ({@code --since}) and how many series
 * to keep ({@code --top}; the rest become {@value #OTHER}, or are left out). Build with {@link #of(ChartSource, String)}.
 */
@Internal
public final class LakeChartRequest {

    /** The series the rows of every series past {@code --top} are added up in. */
    public static final String OTHER = "other";
    /** The series of rows whose --by value is missing, as {@code %panther chart} names it. */
    public static final String NONE = ChartBuilder.NONE;

    private final ChartSource source;
    private final String x;
    private final Duration bucket;
    private final String by;
    private final String y;
    private final Aggregation aggregation;
    private final ChartKind kind;
    private final String title;
    private final String where;
    private final Duration since;
    private final int top;
    private final OtherSeries others;

    private LakeChartRequest(ChartSource source, String x, Duration bucket, String by, String y, Aggregation aggregation,
                             ChartKind kind, String title, String where, Duration since, int top, OtherSeries others) {
        this.source = source;
        this.x = x;
        this.bucket = bucket;
        this.by = by;
        this.y = y;
        this.aggregation = aggregation;
        this.kind = kind;
        this.title = title;
        this.where = where;
        this.since = since;
        this.top = top;
        this.others = others;
    }

    /** Rows of {@code source} counted per value of {@code x}. */
    public static LakeChartRequest of(ChartSource source, String x) {
        return new LakeChartRequest(Objects.requireNonNull(source), SqlNames.column("--x", x), null, null, null, null,
                null, null, null, null, 0, OtherSeries.SHOW);
    }

    /** Time buckets of x (x must be a timestamp). */
    public LakeChartRequest bucket(Duration value) {
        if (value != null && (value.isNegative() || value.isZero() || value.toSeconds() == 0)) {
            throw new IllegalArgumentException("--bucket must be at least a second, not " + value);
        }
        return new LakeChartRequest(source, x, value, by, y, aggregation, kind, title, where, since, top, others);
    }

    /** One series per value of this column. */
    public LakeChartRequest by(String column) {
        return new LakeChartRequest(source, x, bucket, column == null ? null : SqlNames.column("--by", column), y,
                aggregation, kind, title, where, since, top, others);
    }

    /** The numeric column to sum (the default once there is a y) or average. */
    public LakeChartRequest y(String column) {
        return new LakeChartRequest(source, x, bucket, by, column == null ? null : SqlNames.column("--y", column),
                aggregation, kind, title, where, since, top, others);
    }

    public LakeChartRequest aggregation(Aggregation value) {
        return new LakeChartRequest(source, x, bucket, by, y, value, kind, title, where, since, top, others);
    }

    public LakeChartRequest kind(ChartKind value) {
        return new LakeChartRequest(source, x, bucket, by, y, aggregation, value, title, where, since, top, others);
    }

    public LakeChartRequest title(String value) {
        return new LakeChartRequest(source, x, bucket, by, y, aggregation, kind, value, where, since, top, others);
    }

    /** A SQL condition on the rows, as after {@code WHERE}. */
    public LakeChartRequest where(String condition) {
        return new LakeChartRequest(source, x, bucket, by, y, aggregation, kind, title,
                condition == null || condition.isBlank() ? null : condition.strip(), since, top, others);
    }

    /** Only rows whose x lies in the last {@code window}. */
    public LakeChartRequest since(Duration window) {
        return new LakeChartRequest(source, x, bucket, by, y, aggregation, kind, title, where, window, top, others);
    }

    /** Keeps the {@code n} largest series and adds the others up as {@value #OTHER}; 0 keeps them all. */
    public LakeChartRequest top(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("--top must be positive, not " + n);
        }
        return new LakeChartRequest(source, x, bucket, by, y, aggregation, kind, title, where, since, n, others);
    }

    /** With {@link #top}: the series past the largest added up as {@value #OTHER} (the default), or left out. */
    public LakeChartRequest others(OtherSeries value) {
        return new LakeChartRequest(source, x, bucket, by, y, aggregation, kind, title, where, since, top,
                value == null ? OtherSeries.SHOW : value);
    }

    public ChartSource source() {
        return source;
    }

    public String x() {
        return x;
    }

    public Duration bucket() {
        return bucket;
    }

    public String by() {
        return by;
    }

    public String y() {
        return y;
    }

    /** The aggregation asked for, or the default: the sum of y when there is one, else a count of rows. */
    public Aggregation aggregation() {
        return aggregation != null ? aggregation : y == null ? Aggregation.COUNT : Aggregation.SUM;
    }

    public String where() {
        return where;
    }

    public Duration since() {
        return since;
    }

    public int top() {
        return top;
    }

    public OtherSeries others() {
        return others;
    }

    /**
     * The options that shape the chart's SQL, as the command line gives them ({@code --table aws_cloudtrail --x
     * p_event_time --bucket 1d --by eventName}): what errors say the SQL was generated from.
     */
    public String options() {
        List<String> out = new ArrayList<>();
        out.add(source.option());
        out.add("--x " + x);
        if (bucket != null) {
            out.add("--bucket " + DurationText.format(bucket));
        }
        if (by != null) {
            out.add("--by " + by);
        }
        if (y != null) {
            out.add("--y " + y + " --agg " + aggregation().name().toLowerCase(Locale.ROOT));
        }
        if (where != null) {
            out.add("--where \"" + where + "\"");
        }
        if (since != null) {
            out.add("--since " + DurationText.format(since));
        }
        if (top > 0) {
            out.add("--top " + top + (others == OtherSeries.HIDE ? " --others hide" : ""));
        }
        return String.join(" ", out);
    }

    /** The chart as {@code %panther chart} takes it, for drawing the buckets that come back. */
    public ChartRequest chart() {
        return new ChartRequest(x, y, by, kind, bucket, aggregation(), title);
    }

    /** What {@code --top N} does with the series past the N largest: add them up as "other", or leave them out. */
    public enum OtherSeries {
        SHOW, HIDE
    }
}
