package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.alerts.AlertOrigins;
import dev.pantherkernel.magics.values.AlertStatus;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.paging.Operation;
import dev.pantherkernel.magics.table.PartialResultException;
import dev.pantherkernel.magics.table.Result;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A change to alerts, sent once: a status or an assignee for all of them in one request (Panther's inputs take
 * {@code ids}), or a comment on each (its input takes one {@code alertId}). {@link #preview} shows the alerts and what
 * would change, sending no change.
 */
final class AlertChange {

    private enum Kind { STATUS, ASSIGNEE, COMMENT }

    private final Kind kind;
    private final String value;
    private final boolean html;

    private AlertChange(Kind kind, String value, boolean html) {
        this.kind = kind;
        this.value = value;
        this.html = html;
    }

    static AlertChange status(AlertStatus status) {
        return new AlertChange(Kind.STATUS, status.name(), false);
    }

    static AlertChange assignee(String email) {
        return new AlertChange(Kind.ASSIGNEE, email, false);
    }

    static AlertChange comment(String text, boolean html) {
        return new AlertChange(Kind.COMMENT, text, html);
    }

    /** "set the status of 3 alerts to RESOLVED", "... of alert 1a2b... to RESOLVED". */
    private String describe(List<String> ids) {
        String which = ids.size() == 1 ? "alert " + ids.get(0) : ids.size() + " alerts";
        return switch (kind) {
            case STATUS -> "set the status of " + which + " to " + value;
            case ASSIGNEE -> "assigned " + which + " to " + value;
            case COMMENT -> "commented on " + which;
        };
    }

    Result apply(List<String> ids, CommandContext context, List<String> columns) {
        if (kind == Kind.COMMENT) {
            return commentOnEach(ids, context);
        }
        String path = kind == Kind.STATUS ? "updateAlertStatusById.alerts" : "updateAlertsAssigneeByEmail.alerts";
        String mutation = kind == Kind.STATUS ? AlertQueries.UPDATE_STATUS : AlertQueries.ASSIGN_BY_EMAIL;
        Map<String, Object> input = kind == Kind.STATUS ? Map.of("ids", ids, "status", value)
                : Map.of("ids", ids, "assigneeEmail", value);
        Result result = context.run(Operation.newOperation("alert", mutation).variables(Map.of("input", input)).path(path)
                .paging(false).columns(columns).finish(AlertOrigins::readable).build());
        return result.transform(b -> b.detail("changed: " + describe(ids)));
    }

    /** One comment per alert, in order; a failure keeps those made and says which alerts did not get it. */
    private Result commentOnEach(List<String> ids, CommandContext context) {
        Table comments = null;
        for (int i = 0; i < ids.size(); i++) {
            Result one;
            try {
                one = context.run(Operation.newOperation("alert", AlertQueries.COMMENT).variables(Map.of("input", Map.of(
                        "alertId", ids.get(i), "body", value, "format", html ? "HTML" : "PLAIN_TEXT")))
                        .path("createAlertComment.comment").paging(false).build());
            } catch (PantherException e) {
                if (comments == null) {
                    throw e;
                }
                String message = String.format(Locale.ROOT, "%s; alerts %d to %d of %d did not get the comment: %s",
                        describe(ids.subList(0, i)), i + 1, ids.size(), ids.size(), e.getMessage());
                throw new PartialResultException(message, Result.newResult(comments).operation("alert").partial(true)
                        .warning(message).build(), e);
            }
            Table row = one.table().copy();
            row.insertColumn(0, StringColumn.create("alertId", List.of(ids.get(i))));
            comments = comments == null ? row : comments.append(row);
        }
        return Result.newResult(comments).operation("alert").pages(ids.size()).detail("changed: " + describe(ids)).build();
    }

    /** The alerts as they are, each with the change that would be made; nothing is changed. */
    Result preview(List<String> ids, CommandContext context, List<String> columns) {
        Table alerts = null;
        for (String id : ids) {
            Table one = context.run(Operation.newOperation("alert", AlertQueries.ALERT).variables(Map.of("id", id)).paging(false)
                    .columns(columns).finish(AlertOrigins::readable).build()).table();
            alerts = alerts == null ? one.copy() : alerts.append(one);
        }
        StringColumn change = StringColumn.create("would change");
        for (int i = 0; i < alerts.rowCount(); i++) {
            change.append(switch (kind) {
                case STATUS -> "status " + current(alerts, "status", i) + " -> " + value;
                case ASSIGNEE -> "assignee " + current(alerts, "assignee.email", i) + " -> " + value;
                case COMMENT -> "add comment: " + value;
            });
        }
        alerts.addColumns(change);
        return Result.newResult(alerts).operation("alert").pages(ids.size())
                .detail("dry run: would have " + describe(ids) + "; nothing was changed").build();
    }

    private static String current(Table alerts, String column, int row) {
        if (!alerts.containsColumn(column) || alerts.column(column).isMissing(row)) {
            return "(none)";
        }
        return String.valueOf(alerts.column(column).get(row));
    }
}
