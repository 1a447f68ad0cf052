package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.DurationText;
import dev.pantherkernel.magics.core.TimeText;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.alerts.AlertFilter;
import dev.pantherkernel.magics.alerts.AlertListing;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** {@code %panther alerts}: every alert matching the filters, all pages, one row per alert. */
@Command(name = "alerts", header = "Every alert matching the filters (default: the last 7 days), all pages.", description = {
        "Every alert in a time window (the last 7 days unless --since or --from/--to say otherwise),",
        "newest first, all pages. Filters take comma-separated values; case does not matter."})
final class AlertsCommand extends TableCommand {

    /** The API wants a window; a week is the usual triage horizon. */
    static final Duration DEFAULT_WINDOW = Duration.ofDays(7);

    @Option(names = "--since", paramLabel = "D", description = "Alerts created in the last D: 30m, 12h, 7d, 2w (default 7d).")
    String since;

    @Option(names = "--from", paramLabel = "TIME", description = "Created at or after TIME (ISO-8601, e.g. 2026-11-01T00:00:00Z).")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "Created before TIME (ISO-8601); default now.")
    String to;

    @Option(names = "--severity", completionCandidates = PantherEnums.SeverityNames.class, paramLabel = "S", split = ",", description = "INFO, LOW, MEDIUM, HIGH, CRITICAL.")
    List<String> severities = new ArrayList<>();

    @Option(names = "--status", completionCandidates = PantherEnums.AlertStatusNames.class, paramLabel = "S", split = ",", description = "OPEN, TRIAGED, RESOLVED, CLOSED.")
    List<String> statuses = new ArrayList<>();

    @Option(names = "--type", completionCandidates = PantherEnums.ListingTypeNames.class, paramLabel = "T", description = "ALERT (default), DETECTION_ERROR or SYSTEM_ERROR.")
    String type;

    @Option(names = "--subtype", completionCandidates = PantherEnums.AlertTypeNames.class, paramLabel = "T", split = ",",
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

    AlertsCommand(CommandContext context) {
        super(context);
    }


    @Override
    public Result call() {
        List<String> columns = !table.columns().isEmpty() ? table.columns()
                : allColumns ? List.of() : AlertListing.DEFAULT_COLUMNS;
        return context.run(AlertListing.operation(context.connection(), filter(), table.limit(), columns));
    }

    AlertFilter filter() {
        if (since != null && from != null) {
            throw new UsageException("--since and --from both say where the window starts; give one of them");
        }
        Instant start = null;
        Instant end = null;
        if (since != null || from != null || to != null || detection == null) {
            end = to == null ? context.clock().instant() : TimeText.parse("--to", to);
            start = from != null ? TimeText.parse("--from", from)
                    : end.minus(since == null ? DEFAULT_WINDOW : DurationText.parse("--since", since));
        }
        return new AlertFilter(start, end, detection,
                PantherEnums.SEVERITY.checkAll("--severity", severities),
                PantherEnums.ALERT_STATUS.checkAll("--status", statuses),
                PantherEnums.ALERT_TYPE.checkAll("--subtype", subtypes),
                type == null ? null : PantherEnums.ALERT_LISTING_TYPE.check("--type", type),
                title, assignees, logTypes, logSources, resourceTypes, minEvents, maxEvents, oldestFirst);
    }
}
