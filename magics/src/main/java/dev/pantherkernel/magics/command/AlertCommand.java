package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.values.AlertStatus;
import dev.pantherkernel.magics.alerts.AlertListing;
import dev.pantherkernel.magics.alerts.AlertOrigins;
import dev.pantherkernel.magics.alerts.AlertSummary;
import dev.pantherkernel.magics.entity.AlertEntities;
import dev.pantherkernel.magics.table.ColumnSelection;
import dev.pantherkernel.magics.session.NotebookHost;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import dev.pantherkernel.magics.client.RestRequest;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.table.SelectedRowsTableBuilder;
import dev.pantherkernel.magics.paging.Operation;
import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code %panther alert ID}: one alert, its events, or a change to it (status, assignee, comment); a change also to
 * several alerts at once, named by their ids or by a table variable's {@code id} column.
 */
@Command(name = "alert", header = "One alert, its events, or a change to the status, assignee or comments of one or more alerts.",
        description = {
        "One alert; with --events its events (all pages), with --entities the entities they name (each ready",
        "for %%panther entity), with --show-comments its comments, with --ai-summary",
        "Panther AI's summary of it; with --status,",
        "--assign or --comment, a change to it.",
        "A change may name several alerts: ids, or a table variable whose id column lists them",
        "(%%panther alert noisy --status RESOLVED); --status and --assign change them all in one request,",
        "--comment comments on each. --dry-run lists the alerts and what would change, and changes nothing.",
        "A change is sent once and never retried; the result shows the alerts after the change."})
final class AlertCommand extends TableCommand {

    /** What a comment shows: Panther's REST {@code Comment}, its author flattened. */
    static final List<List<String>> COMMENT_COLUMNS = List.of(List.of("createdAt"), List.of("createdBy", "id"),
            List.of("createdBy", "type"), List.of("format"), List.of("body"), List.of("id"), List.of("updatedAt"));

    @Parameters(index = "0", arity = "1..*", paramLabel = "ID",
            description = "The alert's id (32 hex characters); for a change, several ids or a table variable with an id column.")
    List<String> ids;

    /** What to do with the alert besides showing it: one thing at a time; null when none is asked. */
    @ArgGroup(exclusive = true)
    Action action;

    static final class Action {
        @Option(names = "--events", description = "The events that matched, one row per event.")
        boolean events;

        @Option(names = "--entities", description = "The entities its events name (IPs, users, emails, keys, ...), each with "
                + "the `entity` command that profiles it.")
        boolean entities;

        @Option(names = "--status", completionCandidates = PantherEnums.AlertStatusNames.class, paramLabel = "S",
                description = "Set the status: OPEN, TRIAGED, RESOLVED or CLOSED.")
        AlertStatus status;

        @Option(names = "--assign", paramLabel = "EMAIL", description = "Assign the alerts to this user.")
        String assign;

        @Option(names = "--comment", paramLabel = "TEXT", description = "Add a comment (quote it: --comment \"looks benign\").")
        String comment;

        @Option(names = "--show-comments", description = "The alert's comments, oldest first (reads; adds nothing).")
        boolean showComments;

        @Option(names = "--ai-summary", description = "Panther AI's summary of the alert, its events and comments.")
        boolean aiSummary;
    }

    @Option(names = "--html", description = "With --comment: the text is HTML.")
    boolean html;

    @Option(names = "--dry-run", description = "With --status, --assign or --comment: show the alerts and what would change; change nothing.")
    boolean dryRun;

    AlertCommand(CommandContext context) {
        super(context);
    }


    @Override
    public Result call() {
        // picocli leaves the group null when none of its options is given
        Action action = this.action == null ? new Action() : this.action;
        if (this.action != null && !action.events && !action.entities && !action.showComments && !action.aiSummary && action.status == null
                && action.assign == null && action.comment == null) {
            PantherEnums.ALERT_STATUS.check("--status", ""); // the only option of the group a blank word leaves unset
        }
        boolean change = action.status != null || action.assign != null || action.comment != null;
        List<String> alerts = AlertIds.of(ids, context);
        if (!change) {
            if (dryRun) {
                throw new UsageException("--dry-run goes with a change (--status, --assign or --comment)");
            }
            String id = single(alerts, action.events ? "--events" : action.entities ? "--entities" : action.showComments ? "--show-comments"
                    : action.aiSummary ? "--ai-summary" : "showing an alert");
            if (action.aiSummary) {
                return summary(id);
            }
            if (action.showComments) {
                return context.runRest(RestRequest.get("/alert-comments").query("alert-id", id),
                        new SelectedRowsTableBuilder("comments", COMMENT_COLUMNS), "alert comments", table);
            }
            if (action.entities) {
                Result events = context.run(Operation.newOperation("alert events", AlertQueries.ALERT_EVENTS).variables(Map.of("id", id))
                        .path("alert.events").build());
                return events.withTable(ColumnSelection.keep(AlertEntities.of(events.table()), table.columns()))
                        .transform(b -> b.operation("alert " + id + " --entities"));
            }
            if (action.events) {
                return context.run(Operation.newOperation("alert events", AlertQueries.ALERT_EVENTS).variables(Map.of("id", id))
                        .path("alert.events").limit(table.limit()).columns(table.columns()).build());
            }
            return context.run(Operation.newOperation("alert", AlertQueries.ALERT).variables(Map.of("id", id)).paging(false)
                    .limit(table.limit()).columns(table.columns()).finish(AlertOrigins::readable).build());
        }
        AlertChange planned = action.status != null ? AlertChange.status(action.status)
                : action.assign != null ? AlertChange.assignee(action.assign) : AlertChange.comment(action.comment, html);
        return dryRun ? planned.preview(alerts, context, alertColumns()) : planned.apply(alerts, context, alertColumns());
    }

    /** The summary as a one-row table (alertId, summary), the text growing in the cell while Panther AI writes it. */
    private Result summary(String id) {
        long started = System.nanoTime();
        String text;
        try (NotebookHost.Progress progress = context.host().progress()) {
            text = new AlertSummary(context.connection(), Duration.ofMillis(400), Duration.ofMinutes(3))
                    .of(id, soFar -> progress.update("Panther AI is summarizing alert " + id + "… " + soFar));
        }
        Table summary = Table.create("summary", StringColumn.create("alertId", List.of(id)),
                StringColumn.create("summary", List.of(text)));
        return Result.newResult(summary).operation("alert --ai-summary").pages(1)
                .endpoint(context.connection().endpoint().uri().getHost())
                .elapsed(Duration.ofNanos(System.nanoTime() - started)).build();
    }

    private static String single(List<String> alerts, String what) {
        if (alerts.size() != 1) {
            throw new UsageException(what + " takes one alert, not " + alerts.size()
                    + "; several alerts go with a change (--status, --assign or --comment)");
        }
        return alerts.get(0);
    }

    /** A changed alert shows the usual alert columns unless --columns says otherwise. */
    private List<String> alertColumns() {
        return table.columns().isEmpty() ? AlertListing.DEFAULT_COLUMNS : table.columns();
    }
}
