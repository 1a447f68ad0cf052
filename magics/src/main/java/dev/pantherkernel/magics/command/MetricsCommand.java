package dev.pantherkernel.magics.command;

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
import java.util.Iterator;
import java.util.Map;
import dev.pantherkernel.magics.table.ColumnSelection;

/** {@code %panther metrics NAME}: a Panther metric series as a long table (time, series, value). */
@Command(name = "metrics", header = "A Panther metric as a long table: time, series, value.", description = {
        "A metric as a long table (time, series, value), one row per series and interval:",
        "alerts-per-severity, alerts-per-rule (one row per detection: time is the window's start),",
        "events-per-log-type."})
final class MetricsCommand extends TableCommand {

    private static final Map<String, String> FIELDS = Map.of(
            "alerts-per-severity", "alertsPerSeverity { label value breakdown }",
            "alerts-per-rule", "alertsPerRule { entityId label value }",
            "events-per-log-type", "eventsProcessedPerLogType { label value breakdown }");

    /** The metric names, for completion. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return FIELDS.keySet().stream().sorted().iterator();
        }
    }

    @Parameters(index = "0", paramLabel = "METRIC", completionCandidates = MetricsCommand.Names.class, description = "alerts-per-severity, alerts-per-rule or events-per-log-type.")
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
        String selection = FIELDS.get(metric);
        if (selection == null) {
            throw new UsageException("no metric '" + metric + "'" + Suggestions.didYouMean(metric, FIELDS.keySet())
                    + " (one of " + String.join(", ", FIELDS.keySet().stream().sorted().toList()) + ")");
        }
        Instant to = context.clock().instant();
        Instant from = to.minus(since);
        Duration bucket = interval;
        long started = System.nanoTime();
        Connection connection = context.connection();
        String field = selection.substring(0, selection.indexOf(' '));
        JsonNode series = connection.client().execute(GraphQLRequest.query("metrics",
                "query PantherKernelMetrics($input: MetricsInput!) { metrics(input: $input) { " + selection + " } }",
                Map.of("input", Map.of("fromDate", TimeText.format(from), "toDate", TimeText.format(to),
                        "intervalInMinutes", Math.max(1, bucket.toMinutes()))))).path("metrics").path(field);
        InstantColumn time = InstantColumn.create("time");
        StringColumn label = StringColumn.create("series");
        DoubleColumn value = DoubleColumn.create("value");
        StringColumn entity = StringColumn.create("entityId");
        for (JsonNode s : series) {
            JsonNode breakdown = s.get("breakdown");
            if (breakdown != null && breakdown.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> it = breakdown.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> point = it.next();
                    time.append(TimeText.parse("breakdown", point.getKey()));
                    label.append(s.path("label").asText());
                    value.append(point.getValue().asDouble());
                }
            } else {
                time.append(from);
                label.append(s.path("label").asText());
                value.append(s.path("value").asDouble());
                entity.append(s.path("entityId").asText());
            }
        }
        Table longTable = entity.isEmpty() ? Table.create(metric, time, label, value)
                : Table.create(metric, time, label, value, entity);
        Table sorted = longTable.sortOn("time", "series");
        return Result.of(
                        ColumnSelection.keep(sorted, table.columns()))
                .operation("metrics " + metric)
                .detail("from " + TimeText.format(from) + " every " + interval)
                .pages(1)
                .elapsed(Duration.ofNanos(System.nanoTime() - started))
                .endpoint(connection.endpoint().uri().getHost())
                .build();
    }
}
