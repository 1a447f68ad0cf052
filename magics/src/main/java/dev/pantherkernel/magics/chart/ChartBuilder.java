package dev.pantherkernel.magics.chart;

import dev.pantherkernel.magics.core.PublicApi;
import dev.pantherkernel.magics.core.Suggestions;
import dev.pantherkernel.magics.table.ColumnNames;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.HistogramTrace;
import tech.tablesaw.plotly.traces.PieTrace;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.Comparator;
import java.util.function.IntFunction;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.plotly.components.Line;

/**
 * Draws a Tablesaw plotly {@link Figure} from a table: bars, lines, stacked areas, pies, histograms, scatter plots
 * and timelines, with time columns bucketed and rows counted (or summed, or averaged) per bucket and series.
 */
@PublicApi
public final class ChartBuilder {

    /** The category or series of rows whose value is missing: drawn, never left out. */
    public static final String NONE = "(none)";

    private ChartBuilder() {
    }

    public static Figure figure(Table table, ChartRequest request) {
        return figure(table, request, null);
    }

    /**
     * The figure of {@code table}'s rows. Rows without a value where the chart needs one are never left out silently:
     * a missing category is drawn as {@value #NONE}, and the x axis's caption counts those and any that cannot be drawn.
     *
     * @param source what the title names as the rows' source; null for the table's name
     */
    public static Figure figure(Table table, ChartRequest request, String source) {
        Column<?> x = column(table, "--x", request.x());
        Column<?> y = request.y() == null ? null : column(table, "--y", request.y());
        Column<?> by = request.by() == null ? null : column(table, "--by", request.by());
        ChartKind kind = request.kind() == null ? ChartKind.BAR : request.kind();
        boolean aggregates = kind.aggregates();
        Aggregation aggregation = request.aggregation() == null
                ? (y == null || !aggregates ? Aggregation.COUNT : Aggregation.SUM) : request.aggregation();
        if (aggregates && aggregation != Aggregation.COUNT && (y == null || !XValues.isNumber(y))) {
            throw new ChartException("--agg " + lower(aggregation) + " needs a numeric --y column"
                    + (y == null ? "" : "; " + y.name() + " is " + y.type().name()));
        }
        if (request.bucket() != null && !XValues.isTime(x)) {
            throw new ChartException("--bucket needs a time --x column; " + x.name() + " is " + x.type().name());
        }
        Counted counted = Counted.of(table.name());
        MissingValues missing = new MissingValues();
        Duration bucket = XValues.isTime(x) && aggregates ? bucket(table, x, request.bucket()) : null;
        List<Trace> traces = switch (kind) {
            case BAR, LINE, AREA, PIE -> aggregated(kind, x, counted, y == null ? null : y.name(), aggregation,
                    () -> Series.aggregate(table, x, y, kind == ChartKind.PIE ? null : by,
                            kind == ChartKind.PIE ? null : bucket, aggregation, null, missing));
            case HISTOGRAM -> histograms(table, x, by, missing);
            case SCATTER -> scatter(table, x, y, by, missing);
            case TIMELINE -> timeline(table, x, y, by, missing);
        };
        String yName = y == null ? null : y.name();
        String byName = by == null ? null : by.name();
        return new Figure(layout(kind, title(source == null ? table.name() : source, counted, kind, x.name(), yName,
                byName, aggregation, bucket, request.title()), x, by != null, bucket,
                yTitle(kind, yName, byName, aggregation, counted), missing.notes(counted)), traces.toArray(Trace[]::new));
    }

    /** A figure of buckets aggregated elsewhere, and the notes on rows whose values were missing (for its footer). */
    public record BucketFigure(Figure figure, List<String> notes) {
    }

    /**
     * The figure of rows aggregated elsewhere (in the data lake): {@code buckets} holds one row per x (and --by
     * series) with its {@code value} and the number of rows it stands for, named as the request names its columns.
     * It is drawn as {@link #figure} draws the rows those buckets came from: the same traces, empty time buckets as
     * zero, missing categories as {@value #NONE}, the same titles and colours; what the x axis's caption would say of
     * missing values comes back as notes, for the chart's footer.
     *
     * @param source the name of what was aggregated (a data lake table), for the title
     */
    public static BucketFigure ofBuckets(Table buckets, String valueColumn, String rowsColumn, String source,
                                         ChartRequest request) {
        ChartKind kind = request.kind() == null ? ChartKind.BAR : request.kind();
        requireAggregating(kind);
        Aggregation aggregation = request.aggregation() == null
                ? (request.y() == null ? Aggregation.COUNT : Aggregation.SUM) : request.aggregation();
        Column<?> x = column(buckets, "--x", request.x());
        Column<?> by = request.by() == null ? null : column(buckets, "--by", request.by());
        Column<?> value = column(buckets, "value", valueColumn);
        NumericColumn<?> rows = (NumericColumn<?>) column(buckets, "rows", rowsColumn);
        Duration bucket = XValues.isTime(x) ? bucket(buckets, x, request.bucket()) : null;
        if (XValues.isTime(x) && request.bucket() == null && aggregation == Aggregation.MEAN) {
            throw new ChartException("--agg mean over a time --x needs --bucket (15m, 1h, 1d, 1w)");
        }
        Counted counted = Counted.of(source);
        MissingValues missing = new MissingValues();
        List<Trace> traces = aggregated(kind, x, counted, request.y(), aggregation,
                () -> Series.aggregate(buckets, x, value, kind == ChartKind.PIE ? null : by, bucket, Aggregation.SUM, rows,
                        missing));
        Figure figure = new Figure(layout(kind, title(source, counted, kind, request.x(), request.y(), request.by(),
                aggregation, bucket, request.title()), x, by != null, bucket,
                yTitle(kind, request.y(), request.by(), aggregation, counted), List.of()), traces.toArray(Trace[]::new));
        return new BucketFigure(figure, missing.notes(counted));
    }

    /** A kind that draws every row cannot be drawn from buckets: one clear error, before anything runs. */
    public static void requireAggregating(ChartKind kind) {
        if (kind != null && !kind.aggregates()) {
            throw new ChartException("a " + lower(kind) + " chart draws every row, so it cannot be aggregated in the "
                    + "data lake: fetch the rows (%%panther sql --as NAME) and chart that table");
        }
    }

    /** The traces of a kind that aggregates rows per x: bars, lines, stacked areas, a pie. */
    private static List<Trace> aggregated(ChartKind kind, Column<?> x, Counted counted, String y,
                                          Aggregation aggregation, Supplier<Series> series) {
        return switch (kind) {
            case BAR -> bars(series.get(), yTitle(kind, y, null, aggregation, counted));
            case LINE, AREA -> {
                requireOrdered(kind, x);
                yield lines(series.get(), kind == ChartKind.AREA);
            }
            case PIE -> {
                if (XValues.isTime(x)) {
                    throw new ChartException("a pie needs a category --x; " + x.name()
                            + " is a time (use --kind bar with --bucket for counts over time)");
                }
                yield List.of(pie(series.get()));
            }
            default -> throw new IllegalArgumentException(kind + " does not aggregate");
        };
    }

    /** @param notes what the x axis's caption adds after the column's name: rows whose values were missing */
    private static Layout layout(ChartKind kind, String title, Column<?> x, boolean split, Duration bucket,
                                 String yTitle, List<String> notes) {
        // no fixed width or margins: the kernel's renderer sizes the chart to its output area and lets plotly make
        // room for tick labels (a timeline's event names, say) before placing the axis titles. Notes go in the x
        // axis's caption, the one line of text under the plot a Tablesaw layout can carry (its titles are escaped)
        List<String> caption = new ArrayList<>();
        caption.add(x.name() + (bucket == null ? "" : " (per " + describe(bucket) + ")"));
        caption.addAll(notes);
        return Layout.builder()
                .title(title)
                .height(420)
                .showLegend(split || kind == ChartKind.PIE)
                .barMode(kind == ChartKind.HISTOGRAM ? Layout.BarMode.OVERLAY : Layout.BarMode.STACK)
                .xAxis(Axis.builder().title(String.join(" · ", caption))
                        .type(XValues.isTime(x) && kind != ChartKind.HISTOGRAM ? Axis.Type.DATE : Axis.Type.DEFAULT).build())
                .yAxis(Axis.builder().title(yTitle).build())
                .build();
    }

    private static List<Trace> bars(Series series, String unsplitName) {
        List<Trace> traces = new ArrayList<>();
        series.values.forEach((name, v) -> {
            BarTrace.BarBuilder bar = BarTrace.builder(series.xLabels.toArray(), v).name(name.isEmpty() ? unsplitName : name);
            SeverityPalette.colour(name).ifPresent(c -> bar.marker(Marker.builder().color(c).build()));
            traces.add(bar.build());
        });
        return traces;
    }

    /** Slices of severities in severity order and colours, as the bars have them; other slices largest first. */
    private static Trace pie(Series s) {
        List<String> labels = new ArrayList<>(s.xLabels);
        double[] values = s.values.get(Series.ALL);
        if (!SeverityPalette.applies(labels)) {
            return PieTrace.builder(labels.toArray(), values).build();
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> SeverityPalette.rank(labels.get(i))));
        List<String> sortedLabels = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        double[] sortedValues = new double[values.length];
        for (int i = 0; i < order.size(); i++) {
            String label = labels.get(order.get(i));
            sortedLabels.add(label);
            colours.add(SeverityPalette.colour(label).orElseThrow());
            sortedValues[i] = values[order.get(i)];
        }
        return new ColouredPie(sortedLabels, sortedValues, colours);
    }

    private static List<Trace> lines(Series series, boolean stacked) {
        List<Trace> traces = new ArrayList<>();
        double[] running = new double[series.xLabels.size()];
        boolean first = true;
        for (Map.Entry<String, double[]> e : series.values.entrySet()) {
            double[] v = e.getValue();
            if (stacked) {
                for (int i = 0; i < v.length; i++) {
                    running[i] += v[i];
                }
                v = running.clone();
            }
            ScatterTrace.ScatterBuilder trace = ScatterTrace.builder(StringColumn.create("x", series.xLabels),
                            DoubleColumn.create(e.getKey(), v))
                    .mode(ScatterTrace.Mode.LINE).name(e.getKey().isEmpty() ? "value" : e.getKey());
            if (stacked) {
                trace.fill(first ? ScatterTrace.Fill.TO_ZERO_Y : ScatterTrace.Fill.TO_NEXT_Y);
            }
            SeverityPalette.colour(e.getKey()).ifPresent(c -> trace.line(Line.builder()
                    .color(c).build()));
            traces.add(trace.build());
            first = false;
        }
        return traces;
    }

    private static List<Trace> histograms(Table table, Column<?> x, Column<?> by, MissingValues missing) {
        if (!XValues.isNumber(x)) {
            throw new ChartException("a histogram needs a numeric --x; " + x.name() + " is " + x.type().name()
                    + (XValues.isTime(x) ? " (for counts over time use --kind bar with --bucket)" : " (use --kind bar)"));
        }
        Map<String, List<Double>> groups = group(table, by, missing, row -> {
            if (x.isMissing(row)) {
                missing.undrawn(x.name(), 1);
                return null;
            }
            return ((NumericColumn<?>) x).getDouble(row);
        });
        List<Trace> traces = new ArrayList<>();
        groups.forEach((name, values) -> traces.add(HistogramTrace.builder(values.stream().mapToDouble(d -> d).toArray())
                .name(name.isEmpty() ? x.name() : name).opacity(groups.size() > 1 ? 0.6 : 1).build()));
        return traces;
    }

    private static List<Trace> scatter(Table table, Column<?> x, Column<?> y, Column<?> by, MissingValues missing) {
        if (y == null) {
            throw new ChartException("a scatter plot needs --y (a numeric column)");
        }
        if (!XValues.isNumber(y) || !(XValues.isNumber(x) || XValues.isTime(x))) {
            throw new ChartException("a scatter plot needs a numeric --y and a numeric or time --x; "
                    + x.name() + " is " + x.type().name() + ", " + y.name() + " is " + y.type().name());
        }
        return points(table, x, y, row -> String.valueOf(((NumericColumn<?>) y).getDouble(row)), by, missing);
    }

    private static List<Trace> timeline(Table table, Column<?> x, Column<?> y, Column<?> by, MissingValues missing) {
        if (!XValues.isTime(x)) {
            throw new ChartException("a timeline needs a time --x; " + x.name() + " is " + x.type().name());
        }
        Column<?> lane = y != null ? y : by;
        if (lane == null) {
            throw new ChartException("a timeline needs --y or --by: the column whose values become its rows");
        }
        return points(table, x, lane, lane::getString, y != null ? by : null, missing);
    }

    /** One marker per row with both values, one trace per --by value. */
    private static List<Trace> points(Table table, Column<?> x, Column<?> y, IntFunction<String> yOf, Column<?> by,
                                      MissingValues missing) {
        Map<String, List<String>> xs = new LinkedHashMap<>();
        Map<String, List<String>> ys = new LinkedHashMap<>();
        for (int row = 0; row < table.rowCount(); row++) {
            if (x.isMissing(row) || y.isMissing(row)) {
                missing.undrawn(x.isMissing(row) ? x.name() : y.name(), 1);
                continue;
            }
            String xValue = XValues.isTime(x) ? XValues.text(XValues.instant(x, row)) : x.getString(row);
            String series = seriesOf(by, row, missing);
            xs.computeIfAbsent(series, s -> new ArrayList<>()).add(xValue);
            ys.computeIfAbsent(series, s -> new ArrayList<>()).add(yOf.apply(row));
        }
        List<Trace> traces = new ArrayList<>();
        xs.forEach((series, xValues) -> traces.add(ScatterTrace.builder(StringColumn.create("x", xValues),
                StringColumn.create(series.isEmpty() ? "y" : series, ys.get(series)))
                .mode(ScatterTrace.Mode.MARKERS).name(series.isEmpty() ? "rows" : series).build()));
        return traces;
    }

    private static <T> Map<String, List<T>> group(Table table, Column<?> by, MissingValues missing, IntFunction<T> value) {
        Map<String, List<T>> groups = new LinkedHashMap<>();
        for (int row = 0; row < table.rowCount(); row++) {
            T v = value.apply(row);
            if (v != null) {
                groups.computeIfAbsent(seriesOf(by, row, missing), k -> new ArrayList<>()).add(v);
            }
        }
        return groups;
    }

    /** The row's --by value; {@value #NONE} (counted) when it has none; "" without --by. */
    private static String seriesOf(Column<?> by, int row, MissingValues missing) {
        if (by == null) {
            return "";
        }
        if (by.isMissing(row)) {
            missing.none(by.name(), 1);
            return NONE;
        }
        return by.getString(row);
    }

    private static void requireOrdered(ChartKind kind, Column<?> x) {
        if (!XValues.isTime(x) && !XValues.isNumber(x)) {
            throw new ChartException("a " + lower(kind) + " chart needs a time or numeric --x; " + x.name() + " is "
                    + x.type().name() + " (use --kind bar for categories)");
        }
    }

    private static Duration bucket(Table table, Column<?> x, Duration asked) {
        if (asked != null) {
            return asked;
        }
        Instant first = null;
        Instant last = null;
        for (int row = 0; row < table.rowCount(); row++) {
            Instant at = XValues.instant(x, row);
            if (at != null) {
                first = first == null || at.isBefore(first) ? at : first;
                last = last == null || at.isAfter(last) ? at : last;
            }
        }
        return first == null ? Duration.ofDays(1) : XValues.automaticBucket(first, last);
    }

    /** The column {@code name} names, in any case. */
    static Column<?> column(Table table, String option, String name) {
        String found = ColumnNames.find(table, name).orElseThrow(() -> new ChartException(option + " " + name
                + ": the table has no such column" + Suggestions.didYouMean(name, table.columnNames()) + " (columns: "
                + String.join(", ", table.columnNames()) + ")"));
        return table.column(found);
    }

    private static String title(String source, Counted counted, ChartKind kind, String x, String y, String by,
                                Aggregation aggregation, Duration bucket, String asked) {
        if (asked != null) {
            return asked;
        }
        String what = switch (kind) {
            case HISTOGRAM -> "distribution of " + x;
            case SCATTER -> y + " against " + x;
            case TIMELINE -> (y != null ? y : by) + " over time";
            default -> (aggregation == Aggregation.COUNT ? counted.plural() : lower(aggregation) + " of " + y)
                    + (bucket != null ? " per " + describe(bucket) : " by " + x);
        };
        String split = by != null && kind != ChartKind.TIMELINE ? ", by " + by : "";
        // "alerts: alerts per 1d" says the noun twice
        boolean named = source == null || source.isBlank() || source.equals(counted.plural()) && kind.aggregates();
        return (named ? "" : source + ": ") + what + split;
    }

    /** What the y axis measures: what was counted ("alerts", "rows"), or the sum or mean of y. */
    private static String yTitle(ChartKind kind, String y, String by, Aggregation aggregation, Counted counted) {
        return switch (kind) {
            case HISTOGRAM -> counted.plural();
            case SCATTER -> y;
            case TIMELINE -> y != null ? y : by;
            default -> aggregation == Aggregation.COUNT ? counted.plural() : lower(aggregation) + " of " + y;
        };
    }

    static String describe(Duration d) {
        if (d.toDays() > 0 && d.equals(Duration.ofDays(d.toDays()))) {
            return d.toDays() % 7 == 0 ? (d.toDays() / 7) + "w" : d.toDays() + "d";
        }
        if (d.toHours() > 0 && d.equals(Duration.ofHours(d.toHours()))) {
            return d.toHours() + "h";
        }
        return d.toMinutes() + "m";
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
