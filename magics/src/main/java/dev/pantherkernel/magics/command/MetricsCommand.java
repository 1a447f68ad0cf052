package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.DurationText;
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
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import dev.pantherkernel.magics.table.ColumnSelection;

/** {@code %panther metrics NAME}: a Panther metric series as a long table (time, series, value). */
@Command(name = "metrics", header = "A Panther metric as a long table: time, series, value.", description = {
        "A metric as a long table (time, series, value), one row per series and interval:",
        "alerts-per-severity, alerts-per-rule (one row per detection), events-per-log-type,",
        "bytes-ingested-per-source, bytes-processed-per-source, bytes-queried-per-source,",
        "latency-per-log-type; a series without intervals has one row, its time the window's start.",
        "totals: the window's total alerts, events and bytes, one row each."})
final class MetricsCommand extends TableCommand {

    @Parameters(index = "0", paramLabel = "METRIC", completionCandidates = Metric.Words.class,
            description = "alerts-per-severity, alerts-per-rule, events-per-log-type, bytes-...-per-source, latency-per-log-type or totals.")
    String metric;

    @Option(names = "--since", paramLabel = "D", defaultValue = "7d", description = "The window: the last D (default 7d).")
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
        Instant to = context.clock().instant();
        Instant from = to.minus(since);
        long started = System.nanoTime();
        Connection connection = context.connection();
        JsonNode metrics = connection.client().execute(GraphQLRequest.query("metrics",
                "query PantherKernelMetrics($input: MetricsInput!) { metrics(input: $input) { " + chosen.selection() + " } }",
                Map.of("input", Map.of("fromDate", TimeText.format(from), "toDate", TimeText.format(to),
                        "intervalInMinutes", Math.max(1, interval.toMinutes()))))).path("metrics");
        Table longTable = chosen == Metric.TOTALS ? totals(metrics, from) : series(metrics.path(chosen.field()), from);
        longTable.setName(chosen.word());
        Table sorted = longTable.sortOn("time", "series");
        return Result.of(
                        ColumnSelection.keep(sorted, table.columns()))
                .operation("metrics " + chosen.word())
                .detail("from " + TimeText.format(from) + " every " + DurationText.format(interval))
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
