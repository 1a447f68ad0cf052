package dev.pantherkernel.magics.lakechart;

import dev.pantherkernel.magics.chart.Aggregation;
import dev.pantherkernel.magics.core.DurationText;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.datalake.sql.DerivedSql;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Snowflake SQL that aggregates a chart in the data lake, so only its buckets come back: one row per x (a time
 * bucket, or a value) and series, with the value and the number of rows it stands for. Time buckets are
 * {@code DATE_TRUNC} for one unit and {@code TIME_SLICE} for several, both counted from the epoch as
 * {@code %panther chart} counts them; with {@code --top N} the series past the N largest are added up as "other".
 */
final class BucketSql {

    /** The columns of the result. */
    public static final String X = "x";
    public static final String SERIES = "series";
    public static final String VALUE = "value";
    public static final String ROW_COUNT = "row_count";

    private BucketSql() {
    }

    public static String of(LakeChartRequest request) {
        return derived(request).text();
    }

    /** {@link #of}, derived from the SQL the user wrote: a cell's query inside it (for a table, nothing). */
    public static DerivedSql derived(LakeChartRequest request) {
        Aggregation aggregation = request.aggregation();
        if (aggregation != Aggregation.COUNT && request.y() == null) {
            throw new UsageException("--agg " + aggregation.name().toLowerCase(Locale.ROOT) + " needs --y (a numeric column)");
        }
        List<String> columns = new ArrayList<>();
        columns.add(bucket(request.x(), request.bucket()) + " AS " + X);
        if (request.by() != null) {
            columns.add("COALESCE(CAST(" + request.by() + " AS VARCHAR), '" + LakeChartRequest.NONE + "') AS " + SERIES);
        }
        if (request.y() != null && aggregation != Aggregation.COUNT) {
            columns.add(request.y() + " AS y");
        }
        List<String> conditions = new ArrayList<>();
        if (request.since() != null) {
            conditions.add(since(request.x(), request.since()));
        }
        if (request.where() != null) {
            conditions.add("(" + request.where() + ")");
        }
        String value = switch (aggregation) {
            case COUNT -> "COUNT(*)";
            case SUM -> "SUM(r.y)";
            case MEAN -> "AVG(r.y)";
        };
        boolean top = request.top() > 0 && request.by() != null;
        DerivedSql relation = request.source().relationSql();
        DerivedSql.Builder sql = DerivedSql.newDerivedSql(relation.original())
                .write("WITH chart_rows AS (\n  SELECT " + String.join(", ", columns) + "\n  FROM ")
                .append(indented(relation));
        if (!conditions.isEmpty()) {
            sql.write("\n  WHERE " + String.join(" AND ", conditions));
        }
        sql.write("\n)");
        if (top) {
            // the largest series by the chart's own measure (a mean ranks by rows: a few huge values should not win)
            String rank = aggregation == Aggregation.SUM ? "SUM(y)" : "COUNT(*)";
            sql.write(",\ntop_series AS (\n  SELECT series FROM chart_rows GROUP BY series ORDER BY " + rank
                    + " DESC, series LIMIT " + request.top() + "\n)");
        }
        String series = request.by() == null ? ""
                : top ? ", CASE WHEN s.series IS NULL THEN '" + LakeChartRequest.OTHER + "' ELSE r.series END AS " + SERIES
                : ", r.series AS " + SERIES;
        StringBuilder rest = new StringBuilder("\nSELECT r.x AS ").append(X).append(series)
                .append(", COUNT(*) AS ").append(ROW_COUNT).append(", ").append(value).append(" AS ").append(VALUE)
                .append("\nFROM chart_rows r");
        if (top) {
            rest.append(" LEFT JOIN top_series s ON r.series = s.series");
        }
        String groups = request.by() == null ? "1" : "1, 2";
        // rows without an x come back as a bucket of their own: the chart draws or counts them, never drops them
        rest.append("\nGROUP BY ").append(groups).append("\nORDER BY ").append(groups);
        return sql.write(rest.toString()).build();
    }

    /** The relation with two more spaces after each of its newlines, as it stands inside the WITH. */
    private static DerivedSql indented(DerivedSql relation) {
        String text = relation.text();
        DerivedSql.Builder out = DerivedSql.newDerivedSql(text);
        int copied = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            out.copy(copied, i + 1).write("  ");
            copied = i + 1;
        }
        return relation.then(out.copy(copied, text.length()).build());
    }

    /** The bucket a row's x falls in: DATE_TRUNC for one unit, TIME_SLICE (epoch-aligned) for several. */
    static String bucket(String x, Duration bucket) {
        if (bucket == null) {
            return x;
        }
        long seconds = bucket.toSeconds();
        String unit;
        long count;
        if (seconds % 86_400 == 0) {
            unit = "DAY";
            count = seconds / 86_400;
        } else if (seconds % 3_600 == 0) {
            unit = "HOUR";
            count = seconds / 3_600;
        } else if (seconds % 60 == 0) {
            unit = "MINUTE";
            count = seconds / 60;
        } else {
            unit = "SECOND";
            count = seconds;
        }
        // Snowflake's DATE_TRUNC keeps a timestamp a timestamp; DuckDB (the emulator) gives a DATE for day parts
        return count == 1 ? "CAST(DATE_TRUNC('" + unit + "', " + x + ") AS TIMESTAMP)"
                : "TIME_SLICE(" + x + ", " + count + ", '" + unit + "')";
    }

    /** Panther's macro for "in the last d"; on another column than p_event_time, with the alias and column named. */
    static String since(String x, Duration window) {
        if (x.contains(".") || x.contains(":")) {
            throw new UsageException("--since filters on a column, and --x " + x + " is a path into one: "
                    + "write the time filter with --where instead");
        }
        String offset = DurationText.words(window);
        return x.equalsIgnoreCase("p_event_time") ? "p_occurs_since('" + offset + "')"
                : "p_occurs_since('" + offset + "', t, " + x + ")";
    }
}
