package dev.pantherkernel.magics.alerts;

import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.paging.Operation;
import dev.pantherkernel.magics.table.Result;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import dev.pantherkernel.magics.paging.OperationRunner;
import dev.pantherkernel.magics.paging.PageListener;

/** Lists alerts matching a filter, every page, into a table: the engine behind the command and the Java API. */
@Internal
public final class AlertListing {

    /** The columns an alert table shows unless asked for others. */
    public static final List<String> DEFAULT_COLUMNS = List.of("id", "createdAt", "severity", "status", "title",
            "origin.name", "assignee.email", "lastReceivedEventAt");

    /**
     * The fields of an alert every alert table has; nested ones become dotted columns, made readable by
     * {@link AlertOrigins#readable} (every operation that selects them takes it as its {@code finish}).
     */
    public static final String ALERT_FIELDS = """
            id title severity status type createdAt firstEventOccurredAt lastReceivedEventAt updatedAt
            description reference runbook
            %s
            assignee { id email givenName familyName }""".formatted(AlertOrigins.SELECTION);

    static final String ALERTS = """
            query PantherKernelAlerts($input: AlertsInput!) {
              alerts(input: $input) {
                edges { node { %s } }
                pageInfo { hasNextPage endCursor }
              }
            }""".formatted(ALERT_FIELDS);

    static final String USER_BY_EMAIL = "query PantherKernelUserByEmail($email: String!) { userByEmail(email: $email) { id } }";

    private AlertListing() {
    }

    /** The operation for {@code filter}; {@code columns} empty means every column. */
    public static Operation operation(Connection connection, AlertFilter filter, long limit, List<String> columns) {
        Map<String, Object> input = filter.toInput(idOfEmail(connection));
        return Operation.newOperation("alerts", ALERTS).variables(Map.of("input", input)).limit(limit).columns(columns)
                .finish(AlertOrigins::readable).build();
    }

    /** Runs it without progress display (the Java API). */
    public static Result fetch(Connection connection, AlertFilter filter, long limit, List<String> columns) {
        return new OperationRunner(connection, PageListener.NONE)
                .run(operation(connection, filter, limit, columns));
    }

    private static Function<String, String> idOfEmail(Connection connection) {
        return email -> connection.client().execute(GraphQLRequest.query("userByEmail", USER_BY_EMAIL,
                Map.of("email", email))).path("userByEmail").path("id").asText();
    }
}
