package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.values.AlertListingType;
import dev.pantherkernel.magics.values.AlertStatus;
import dev.pantherkernel.magics.values.AlertType;
import dev.pantherkernel.magics.values.Severity;
import dev.pantherkernel.magics.core.RecentWindow;
import dev.pantherkernel.magics.alerts.AlertFilter;
import dev.pantherkernel.magics.alerts.AlertListing;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;

/** {@code %panther alerts}: every alert matching the filters, all pages, one row per alert. */
@Command(name = "alerts", header = "Every alert matching the filters (default: the last 7 days), all pages.", description = {
        "Every alert in a time window (the last 7 days unless --since or --from/--to say otherwise),",
        "newest first, all pages. Filters take comma-separated values; case does not matter. The footer",
        "states the window (--since 1m is a minute; a month is 1mo). An alert of a deleted detection",
        "names it in origin.name: (deleted detection <id>)."})
final class AlertsCommand extends TableCommand {

    @Mixin
    TimeWindowOptions window = new TimeWindowOptions();

    @Option(names = "--severity", completionCandidates = PantherEnums.SeverityNames.class, paramLabel = "S", split = ",", description = "INFO, LOW, MEDIUM, HIGH, CRITICAL.")
    List<Severity> severities = new ArrayList<>();

    @Option(names = "--status", completionCandidates = PantherEnums.AlertStatusNames.class, paramLabel = "S", split = ",", description = "OPEN, TRIAGED, RESOLVED, CLOSED.")
    List<AlertStatus> statuses = new ArrayList<>();

    @Option(names = "--type", completionCandidates = PantherEnums.ListingTypeNames.class, paramLabel = "T", description = "ALERT (default), DETECTION_ERROR or SYSTEM_ERROR.")
    AlertListingType type;

    @Option(names = "--subtype", completionCandidates = PantherEnums.AlertTypeNames.class, paramLabel = "T", split = ",",
            description = "POLICY, RULE, RULE_ERROR, SCHEDULED_RULE, SCHEDULED_RULE_ERROR, SYSTEM_ERROR.")
    List<AlertType> subtypes = new ArrayList<>();

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
        RecentWindow created = created();
        Result alerts = context.run(AlertListing.operation(context.connection(), filter(created), table.limit(), columns));
        return created == null ? alerts : alerts.transform(b -> b.detail(created.footer(alerts.table().rowCount(), "alerts")));
    }

    /** The creation window; with --detection alone none (alerts of any age: the API needs no window then). */
    private RecentWindow created() {
        return window.given() || detection == null ? window.window(context.clock(), "the window") : null;
    }

    private AlertFilter filter(RecentWindow created) {
        return AlertFilter.newAlertFilter().window(created).detection(detection)
                .severities(PantherEnums.given(severities)).statuses(PantherEnums.given(statuses))
                .subtypes(PantherEnums.given(subtypes)).type(type)
                .title(title).assigneeEmails(assignees).logTypes(logTypes).logSources(logSources)
                .resourceTypes(resourceTypes).minEvents(minEvents).maxEvents(maxEvents).oldestFirst(oldestFirst)
                .build();
    }

}
