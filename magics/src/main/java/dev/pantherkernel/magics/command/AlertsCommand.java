package dev.pantherkernel.magics.command;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.paging.Operation;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code %panther alerts}: every alert matching the filters, all pages, one row per alert. */
@Command(name = "alerts", description = {
        "Every alert in a time window (the last 7 days unless --since or --from/--to say otherwise),",
        "newest first, all pages. Filters take comma-separated values; case does not matter."})
final class AlertsCommand implements Callable<Result>, MakesTable {

    static final List<String> DEFAULT_COLUMNS = List.of("id", "createdAt", "severity", "status", "title",
            "origin.name", "assignee.email", "lastReceivedEventAt");
    static final int PAGE_SIZE = 50;

    private final CommandContext context;

    @Option(names = "--since", paramLabel = "D", description = "Alerts created in the last D: 30m, 12h, 7d, 2w (default 7d).")
    String since;

    @Option(names = "--from", paramLabel = "TIME", description = "Created at or after TIME (ISO-8601, e.g. 2026-11-01T00:00:00Z).")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "Created before TIME (ISO-8601); default now.")
    String to;

    @Option(names = "--severity", paramLabel = "S", split = ",", description = "INFO, LOW, MEDIUM, HIGH, CRITICAL.")
    List<String> severities = new ArrayList<>();

    @Option(names = "--status", paramLabel = "S", split = ",", description = "OPEN, TRIAGED, RESOLVED, CLOSED.")
    List<String> statuses = new ArrayList<>();

    @Option(names = "--type", paramLabel = "T", description = "ALERT (default), DETECTION_ERROR or SYSTEM_ERROR.")
    String type;

    @Option(names = "--subtype", paramLabel = "T", split = ",",
            description = "POLICY, RULE, RULE_ERROR, SCHEDULED_RULE, SCHEDULED_RULE_ERROR, SYSTEM_ERROR.")
    List<String> subtypes = new ArrayList<>();

    @Option(names = "--detection", paramLabel = "ID", description = "Alerts of this detection (no time window needed).")
    String detection;

    @Option(names = "--title", paramLabel = "TEXT", description = "Alerts whose title contains TEXT.")
    String title;

    @Option(names = "--assignee", paramLabel = "EMAIL", split = ",", description = "Alerts assigned to these users.")
    List<String> assignees = new ArrayList<>();

    @Option(names = "--log-type", paramLabel = "T", split = ",", description = "Alerts on these log types (AWS.CloudTrail, ...).")
    List<String> logTypes = new ArrayList<>();

    @Option(names = "--log-source", paramLabel = "ID", split = ",", description = "Alerts from these log sources.")
    List<String> logSources = new ArrayList<>();

    @Option(names = "--resource-type", paramLabel = "T", split = ",", description = "Alerts on these resource types.")
    List<String> resourceTypes = new ArrayList<>();

    @Option(names = "--min-events", paramLabel = "N", description = "Alerts with at least N events.")
    Integer minEvents;

    @Option(names = "--max-events", paramLabel = "N", description = "Alerts with at most N events.")
    Integer maxEvents;

    @Option(names = "--oldest-first", description = "Sort oldest first (default newest first).")
    boolean oldestFirst;

    @Option(names = "--all-columns", description = "Keep every column, not only the usual eight.")
    boolean allColumns;

    @Mixin
    TableOptions table = new TableOptions();

    AlertsCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public TableOptions tableOptions() {
        return table;
    }

    @Override
    public Result call() {
        Map<String, Object> input = input();
        List<String> columns = !table.columns().isEmpty() ? table.columns() : allColumns ? List.of() : DEFAULT_COLUMNS;
        Operation operation = new Operation("alerts", AlertQueries.ALERTS, Map.of("input", input), null, null, true,
                table.limit(), columns);
        return context.run(operation);
    }

    Map<String, Object> input() {
        Map<String, Object> input = new LinkedHashMap<>();
        boolean window = since != null || from != null || to != null || detection == null;
        if (since != null && from != null) {
            throw new UsageException("--since and --from both say where the window starts; give one of them");
        }
        if (window) {
            Instant end = to == null ? context.clock().instant() : TimeText.parse("--to", to);
            Instant start = from != null ? TimeText.parse("--from", from)
                    : end.minus(since == null ? Duration.ofDays(7) : DurationText.parse("--since", since));
            if (!start.isBefore(end)) {
                throw new UsageException("the window is empty: " + TimeText.format(start) + " is not before "
                        + TimeText.format(end));
            }
            input.put("createdAtAfter", TimeText.format(start));
            input.put("createdAtBefore", TimeText.format(end));
        }
        if (detection != null) {
            input.put("detectionId", detection);
        }
        putList(input, "severities", PantherEnums.SEVERITY.checkAll("--severity", severities));
        putList(input, "statuses", PantherEnums.ALERT_STATUS.checkAll("--status", statuses));
        putList(input, "subtypes", PantherEnums.ALERT_TYPE.checkAll("--subtype", subtypes));
        if (type != null) {
            input.put("type", PantherEnums.ALERT_LISTING_TYPE.check("--type", type));
        }
        if (title != null) {
            input.put("nameContains", title);
        }
        putList(input, "logTypes", logTypes);
        putList(input, "logSources", logSources);
        putList(input, "resourceTypes", resourceTypes);
        if (minEvents != null) {
            input.put("eventCountMin", minEvents);
        }
        if (maxEvents != null) {
            input.put("eventCountMax", maxEvents);
        }
        if (!assignees.isEmpty()) {
            input.put("assigneeIds", assigneeIds());
        }
        input.put("sortDir", oldestFirst ? "ascending" : "descending");
        input.put("pageSize", PAGE_SIZE);
        return input;
    }

    private List<String> assigneeIds() {
        List<String> ids = new ArrayList<>();
        for (String email : assignees) {
            JsonNode data = context.connection().client().execute(GraphQLRequest.query("userByEmail",
                    AlertQueries.USER_BY_EMAIL, Map.of("email", email.strip())));
            ids.add(data.path("userByEmail").path("id").asText());
        }
        return ids;
    }

    private static void putList(Map<String, Object> input, String key, List<String> values) {
        if (!values.isEmpty()) {
            input.put(key, List.copyOf(values));
        }
    }
}
