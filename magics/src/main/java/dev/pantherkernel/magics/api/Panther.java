package dev.pantherkernel.magics.api;

import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.connect.ConnectOptions;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.core.PublicApi;
import dev.pantherkernel.magics.paging.Operation;
import dev.pantherkernel.magics.paging.OperationRunner;
import dev.pantherkernel.magics.paging.PageListener;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.Result;

import dev.pantherkernel.magics.export.FileExport;
import dev.pantherkernel.magics.lakechart.ChartSource;
import dev.pantherkernel.magics.local.LocalSql;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * Panther from plain Java, on the same session and engine as the {@code %panther} magics:
 * <pre>
 * Result high = Panther.alerts().since(Duration.ofDays(7)).severities(HIGH, CRITICAL).fetch();
 * Table users = Panther.graphql("{ users { email role { name } } }").table();
 * Panther.last();   // the last result of any command or call
 * </pre>
 */
@PublicApi
public final class Panther {

    private Panther() {
    }

    /** Connects the usual way (environment, profile, or the demo) and returns the connection. */
    public static Connection connect() {
        return PantherSession.current().connect(ConnectOptions.defaults());
    }

    /** Connects to the built-in demo. */
    public static Connection demo() {
        return PantherSession.current().connect(ConnectOptions.newConnectOptions().demo(true).build());
    }

    public static AlertsQuery alerts() {
        PantherSession session = PantherSession.current();
        return AlertsQuery.newAlertsQuery(session, session.clock()).build();
    }

    /** Any GraphQL operation; its first connection (or field) becomes the table, every page of it. */
    public static Result graphql(String operation) {
        return graphql(operation, Map.of());
    }

    public static Result graphql(String operation, Map<String, Object> variables) {
        PantherSession session = PantherSession.current();
        return session.deliver(() -> new OperationRunner(session.connection(), PageListener.NONE)
                .run(Operation.newOperation("graphql", operation).variables(variables).build()));
    }

    /**
     * A data lake SQL query, the same engine as {@code %%panther sql}:
     * {@code Panther.sql("SELECT ... WHERE p_occurs_since('1 day')").timeout(Duration.ofMinutes(5)).fetch()}.
     * {@code {name}} takes the value of a Java variable (of the notebook) or of {@code bind(name, value)}, as a
     * safely quoted SQL literal.
     */
    public static SqlQuery sql(String sql) {
        return SqlQuery.newSqlQuery().session(PantherSession.current()).sql(sql).build();
    }

    /**
     * Everything about one entity (an IP address, user, email, key, ...), the same as {@code %panther entity}:
     * {@code Panther.entity("203.0.113.9").since(Duration.ofDays(30)).fetch()}; its kind is guessed from the value
     * unless {@code kind("ip")} names it.
     */
    public static EntityQuery entity(String value) {
        return new EntityQuery(PantherSession.current(), value, null, null, null, null);
    }

    /**
     * A chart aggregated in the data lake, where the rows stay; only the buckets come back:
     * {@code Panther.chart("aws_cloudtrail").x("p_event_time").bucket(Duration.ofDays(1)).by("eventName").draw()}.
     */
    public static ChartQuery chart(String table) {
        return new ChartQuery(PantherSession.current(), ChartSource.table(table));
    }

    /**
     * SQL in an embedded DuckDB over tables held by the notebook's Java variables and over files
     * ({@code FROM alerts JOIN 'hunt.parquet' ...}), the same as {@code %%panther local}.
     */
    public static Result local(String sql) {
        PantherSession session = PantherSession.current();
        return session.deliver(() -> new LocalSql(session.host()::variable, session.heap()).run(sql, "local", 0));
    }

    /** Writes a table to a .parquet, .csv, .csv.gz or .jsonl file (the same as {@code %panther export}). */
    public static Result export(Table table, String file) {
        PantherSession session = PantherSession.current();
        return session.deliver(() -> new FileExport(session.clock(), session.redaction())
                .table(table, "Java table " + table.name(), Path.of(file)));
    }

    /**
     * The session's time: now, or, while the session replays a recording, the time recorded at this point. Java that
     * reads this instead of {@code Instant.now()} gives the same answers on replay as when it was recorded.
     */
    public static Instant now() {
        return PantherSession.current().clock().instant();
    }

    /** The last result of a {@code %panther} command or of this API. */
    public static Result last() {
        return PantherSession.current().last().orElseThrow(() -> new PantherException(
                "no result yet: run a %panther command (or a Panther.* call) first"));
    }
}
