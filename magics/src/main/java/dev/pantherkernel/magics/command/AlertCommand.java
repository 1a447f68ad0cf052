package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.api.AlertStatus;
import dev.pantherkernel.magics.alerts.AlertListing;
import dev.pantherkernel.magics.paging.Operation;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Map;

/** {@code %panther alert ID}: one alert, its events, or a change to it (status, assignee, comment). */
@Command(name = "alert", header = "One alert, its events, or a change to its status, assignee or comments.", description = {
        "One alert; with --events its events (all pages); with --status, --assign or --comment, a change to it.",
        "A change is sent once and never retried; the result shows the alert after the change."})
final class AlertCommand extends TableCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The alert's id (32 hex characters).")
    String id;

    /** What to do with the alert besides showing it: one thing at a time; null when none is asked. */
    @ArgGroup(exclusive = true)
    Action action;

    static final class Action {
        @Option(names = "--events", description = "The events that matched, one row per event.")
        boolean events;

        @Option(names = "--status", completionCandidates = PantherEnums.AlertStatusNames.class, paramLabel = "S",
                description = "Set the status: OPEN, TRIAGED, RESOLVED or CLOSED.")
        AlertStatus status;

        @Option(names = "--assign", paramLabel = "EMAIL", description = "Assign the alert to this user.")
        String assign;

        @Option(names = "--comment", paramLabel = "TEXT", description = "Add a comment (quote it: --comment \"looks benign\").")
        String comment;
    }

    @Option(names = "--html", description = "With --comment: the text is HTML.")
    boolean html;

    AlertCommand(CommandContext context) {
        super(context);
    }


    @Override
    public Result call() {
        // picocli leaves the group null when none of its options is given
        Action action = this.action == null ? new Action() : this.action;
        if (this.action != null && !action.events && action.status == null && action.assign == null
                && action.comment == null) {
            PantherEnums.ALERT_STATUS.check("--status", ""); // the only option of the group a blank word leaves unset
        }
        String assign = action.assign;
        String comment = action.comment;
        if (action.status != null) {
            String checked = action.status.name();
            return change("updateAlertStatusById.alerts", AlertQueries.UPDATE_STATUS,
                    Map.of("ids", List.of(id), "status", checked), "set the status of alert " + id + " to " + checked,
                    alertColumns());
        }
        if (assign != null) {
            return change("updateAlertsAssigneeByEmail.alerts", AlertQueries.ASSIGN_BY_EMAIL,
                    Map.of("ids", List.of(id), "assigneeEmail", assign), "assigned alert " + id + " to " + assign,
                    alertColumns());
        }
        if (comment != null) {
            return change("createAlertComment.comment", AlertQueries.COMMENT,
                    Map.of("alertId", id, "body", comment, "format", html ? "HTML" : "PLAIN_TEXT"),
                    "commented on alert " + id, table.columns());
        }
        if (action.events) {
            return context.run(Operation.of("alert events", AlertQueries.ALERT_EVENTS).variables(Map.of("id", id))
                    .path("alert.events").limit(table.limit()).columns(table.columns()).build());
        }
        return context.run(Operation.of("alert", AlertQueries.ALERT).variables(Map.of("id", id)).paging(false)
                .limit(table.limit()).columns(table.columns()).build());
    }

    /** A changed alert shows the usual alert columns unless --columns says otherwise. */
    private List<String> alertColumns() {
        return table.columns().isEmpty() ? AlertListing.DEFAULT_COLUMNS : table.columns();
    }

    private Result change(String path, String mutation, Map<String, Object> input, String what, List<String> columns) {
        Result result = context.run(Operation.of("alert", mutation).variables(Map.of("input", input)).path(path)
                .paging(false).columns(columns).build());
        return result.toBuilder().detail("changed: " + what).build();
    }
}
