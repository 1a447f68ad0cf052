package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.alerts.AlertOrigins;
import dev.pantherkernel.magics.alerts.DeletedDetections;
import dev.pantherkernel.magics.core.DurationText;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.core.RecentWindow;
import dev.pantherkernel.magics.core.Suggestions;
import dev.pantherkernel.magics.core.TimeText;
import dev.pantherkernel.magics.core.UsageException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import dev.pantherkernel.magics.table.ColumnSelection;

/** {@code %panther metrics NAME}: a Panther metric series as a long table (time, series, value). */
@Command(name = "metrics", header = "A Panther metric as a long table: time, series, value.", description = {
        "A metric as a long table (time, series, value), one row per series and interval:",
        "alerts-per-severity, alerts-per-rule (one row per detection; a deleted one as",
        "(deleted detection <id>)), events-per-log-type,",
        "bytes-ingested-per-source, bytes-processed-per-source, bytes-queried-per-source,",
        "latency-per-log-type; a series without intervals has one row, its time the window's start.",
        "totals: the window's total alerts, events and bytes, one row each."})
final class MetricsCommand extends TableCommand {

    @Parameters(index = "0", paramLabel = "METRIC", completionCandidates = Metric.Words.class,
            description = "alerts-per-severity, alerts-per-rule, events-per-log-type, bytes-...-per-source, latency-per-log-type or totals.")
    String metric;

    @Option(names = "--since", paramLabel = "D", defaultValue = "7d",
            description = "The window: the last D: 30m (minutes), 12h, 7d, 1mo (30 days); default 7d.")
    Duration since;

    @Option(names = "--interval", paramLabel = "I", defaultValue = "1d", description = "Bucket size: 1h, 1d, ... (default 1d).")
    Duration interval;

    MetricsCommand(CommandContext context) {
        super(context);
    }


    @Override
    public Result call() {
        List<String> words = Arrays.stream(Metric.values()).map(Metric::word).toList();
        Metric chosen = Metric.of(metric).orElseThrow(() -> new UsageException("no metric '" + metric + "'"
                + Suggestions.didYouMean(metric, words) + " (one of " + String.join(", ", words) + ")"));
        RecentWindow window = RecentWindow.last(since, context.clock().instant());
        Instant from = window.from();
        Instant to = window.to();
        long started = System.nanoTime();
        Connection connection = context.connection();
        JsonNode metrics = connection.client().execute(GraphQLRequest.query("metrics",
                "query PantherKernelMetrics($input: MetricsInput!) { metrics(input: $input) { " + chosen.selection() + " } }",
                Map.of("input", Map.of("fromDate", TimeText.format(from), "toDate", TimeText.format(to),
                        "intervalInMinutes", Math.max(1, interval.toMinutes()))))).path("metrics");
        Table longTable = chosen == Metric.TOTALS ? totals(metrics, from) : series(metrics.path(chosen.field()), from);
        longTable.setName(chosen.word());
        String unknown = chosen == Metric.ALERTS_PER_RULE ? nameDeletedDetections(connection, longTable, from, to) : null;
        Table sorted = longTable.sortOn("time", "series");
        Result.Builder result = Result.newResult(
                        ColumnSelection.keep(sorted, table.columns()))
                .operation("metrics " + chosen.word())
                .detail(window.footer(counted(sorted), "data") + ", every " + DurationText.words(interval));
        if (unknown != null) {
            result.warning(unknown);
        }
        return result
                .pages(1)
                .elapsed(Duration.ofNanos(System.nanoTime() - started))
                .endpoint(connection.endpoint().uri().getHost())
                .build();
    }

    /**
     * One row per interval of each series with a breakdown; one row (at the window's start) for the others, so that no
     * series is left out.
     */
    private static Table series(JsonNode series, Instant from) {
        InstantColumn time = InstantColumn.create("time");
        StringColumn label = StringColumn.create("series");
        DoubleColumn value = DoubleColumn.create("value");
        StringColumn entity = StringColumn.create("entityId");
        boolean entities = false;
        for (JsonNode s : series) {
            JsonNode breakdown = s.get("breakdown");
            if (breakdown != null && breakdown.isObject() && !breakdown.isEmpty()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = breakdown.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> point = it.next();
                    time.append(TimeText.parse("breakdown", point.getKey()));
                    label.append(s.path("label").asText());
                    value.append(point.getValue().asDouble());
                    entity.appendMissing();
                }
            } else {
                time.append(from);
                label.append(s.path("label").asText());
                value.append(s.path("value").asDouble());
                entities |= s.has("entityId");
                entity.append(s.path("entityId").asText(null));
            }
        }
        return entities ? Table.create(time, label, value, entity) : Table.create(time, label, value);
    }

    /**
     * A deleted detection's series is labelled with its bare id (Panther has no name for it any more): labelled here as
     * the alert tables name it, {@code (deleted detection <id>)}. Only series whose label is their id can be one, and
     * their alerts' origin says which are. Returns why that could not be asked, or null.
     */
    private static String nameDeletedDetections(Connection connection, Table perRule, Instant from, Instant to) {
        if (!perRule.containsColumn("entityId")) {
            return null;
        }
        StringColumn labels = perRule.stringColumn("series");
        StringColumn ids = perRule.stringColumn("entityId");
        List<String> bareIds = new ArrayList<>();
        for (int i = 0; i < perRule.rowCount(); i++) {
            if (!ids.isMissing(i) && ids.get(i).equals(labels.get(i)) && !bareIds.contains(ids.get(i))) {
                bareIds.add(ids.get(i));
            }
        }
        if (bareIds.isEmpty()) {
            return null;
        }
        Set<String> deleted;
        try {
            deleted = DeletedDetections.among(connection, bareIds, from, to);
        } catch (PantherException e) {
            return "series labelled with a detection's id may be deleted detections; their alerts could not tell: "
                    + e.getMessage();
        }
        for (int i = 0; i < perRule.rowCount(); i++) {
            if (!ids.isMissing(i) && deleted.contains(ids.get(i))) {
                labels.set(i, AlertOrigins.deletedDetection(ids.get(i)));
            }
        }
        return null;
    }

    /** Rows with a value other than zero: a metric has a row per series even when nothing happened. */
    private static long counted(Table metric) {
        return metric.doubleColumn("value").isNotEqualTo(0).size();
    }

    /** The window's totals: one row per total, named as Panther names it ({@code totalAlerts}). */
    private static Table totals(JsonNode metrics, Instant from) {
        InstantColumn time = InstantColumn.create("time");
        StringColumn label = StringColumn.create("series");
        DoubleColumn value = DoubleColumn.create("value");
        for (Iterator<Map.Entry<String, JsonNode>> it = metrics.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> total = it.next();
            time.append(from);
            label.append(total.getKey());
            value.append(total.getValue().asDouble());
        }
        return Table.create(time, label, value);
    }
}
