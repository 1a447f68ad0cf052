package dev.pantherkernel.magics.chart;

import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A table aggregated for a chart: one value per (x, series), where x is a time bucket, a number or a category,
 * and series is the --by value (one series when there is no --by). Time buckets without rows count as zero,
 * so lines and stacks do not skip days.
 */
final class Series {

    static final String ALL = "";
    private static final int MAX_EMPTY_BUCKETS = 20_000;

    final List<String> xLabels;
    final Map<String, double[]> values;

    private Series(List<String> xLabels, Map<String, double[]> values) {
        this.xLabels = xLabels;
        this.values = values;
    }

    /**
     * @param weights how many rows each row stands for (the row counts of buckets aggregated elsewhere); null: one each
     * @param missing hears of the rows whose x or series is missing
     */
    static Series aggregate(Table table, Column<?> x, Column<?> y, Column<?> by, Duration bucket, Aggregation aggregation,
                            NumericColumn<?> weights, MissingValues missing) {
        boolean time = XValues.isTime(x);
        Map<Object, Map<String, double[]>> cells = time || XValues.isNumber(x) ? new TreeMap<>() : new LinkedHashMap<>();
        for (int row = 0; row < table.rowCount(); row++) {
            long rows = weights == null ? 1 : weights.isMissing(row) ? 0 : Math.round(weights.getDouble(row));
            Object key;
            if (x.isMissing(row) && (time || XValues.isNumber(x))) {
                // a time or a number has no place on its axis
                missing.undrawn(x.name(), rows);
                continue;
            } else if (time) {
                key = XValues.floor(XValues.instant(x, row), bucket);
            } else if (x.isMissing(row)) {
                missing.none(x.name(), rows);
                key = ChartBuilder.NONE;
            } else {
                key = XValues.isNumber(x) ? (Object) ((NumericColumn<?>) x).getDouble(row) : x.getString(row);
            }
            String series = ALL;
            // a series aggregated elsewhere comes named (none) already (the data lake's COALESCE): counted the same
            if (by != null && (by.isMissing(row) || ChartBuilder.NONE.equals(by.getString(row)))) {
                missing.none(by.name(), rows);
                series = ChartBuilder.NONE;
            } else if (by != null) {
                series = by.getString(row);
            }
            double[] sumAndCount = cells.computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .computeIfAbsent(series, s -> new double[2]);
            if (aggregation == Aggregation.COUNT) {
                sumAndCount[0] += 1;
            } else if (!y.isMissing(row)) {
                sumAndCount[0] += ((NumericColumn<?>) y).getDouble(row);
                sumAndCount[1] += 1;
            }
        }
        List<Object> keys = new ArrayList<>(cells.keySet());
        if (time && !keys.isEmpty()) {
            keys = everyBucket((Instant) keys.get(0), (Instant) keys.get(keys.size() - 1), bucket, keys);
        } else if (!time && !XValues.isNumber(x)) {
            keys.sort(Comparator.comparingDouble((Object k) -> -total(cells.get(k), aggregation)));
        }
        List<String> seriesNames = new ArrayList<>();
        cells.values().forEach(m -> m.keySet().forEach(s -> {
            if (!seriesNames.contains(s)) {
                seriesNames.add(s);
            }
        }));
        seriesNames.sort(SeverityPalette.applies(seriesNames)
                ? Comparator.comparingInt(SeverityPalette::rank) : Comparator.naturalOrder());
        Map<String, double[]> values = new LinkedHashMap<>();
        for (String s : seriesNames) {
            double[] v = new double[keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                Map<String, double[]> cell = cells.get(keys.get(i));
                v[i] = cell == null || !cell.containsKey(s) ? 0 : value(cell.get(s), aggregation);
            }
            values.put(s, v);
        }
        List<String> labels = new ArrayList<>(keys.size());
        for (Object k : keys) {
            labels.add(k instanceof Instant i ? XValues.text(i) : k instanceof Double d && d == Math.rint(d)
                    ? String.valueOf(d.longValue()) : String.valueOf(k));
        }
        return new Series(labels, values);
    }

    private static List<Object> everyBucket(Instant first, Instant last, Duration bucket, List<Object> present) {
        long count = Duration.between(first, last).toMillis() / bucket.toMillis() + 1;
        if (count > MAX_EMPTY_BUCKETS) {
            return present;
        }
        List<Object> all = new ArrayList<>((int) count);
        for (Instant at = first; !at.isAfter(last); at = at.plus(bucket)) {
            all.add(at);
        }
        return all;
    }

    private static double value(double[] sumAndCount, Aggregation aggregation) {
        return switch (aggregation) {
            case COUNT, SUM -> sumAndCount[0];
            case MEAN -> sumAndCount[1] == 0 ? 0 : sumAndCount[0] / sumAndCount[1];
        };
    }

    private static double total(Map<String, double[]> cell, Aggregation aggregation) {
        return cell.values().stream().mapToDouble(v -> value(v, aggregation)).sum();
    }
}
