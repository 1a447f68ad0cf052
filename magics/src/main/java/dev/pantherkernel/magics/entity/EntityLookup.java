package dev.pantherkernel.magics.entity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.client.OperationInterruptedException;
import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.datalake.catalog.CatalogTable;
import dev.pantherkernel.magics.datalake.catalog.DataLakeCatalog;
import dev.pantherkernel.magics.datalake.job.DataLakeJob;
import dev.pantherkernel.magics.datalake.job.JobOptions;
import dev.pantherkernel.magics.session.NotebookHost;
import dev.pantherkernel.magics.table.Result;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

/**
 * Everything about one entity, in as few queries as the answer allows: one data lake query per table family (the log
 * tables, their rule matches, the lookup tables) sent side by side, and one GraphQL request for the alerts the rule
 * matches name. Immutable; {@link #fetch} runs it.
 */
@Internal
public final class EntityLookup {

    public static final String LOGS = DataLakeCatalog.DEFAULT_DATABASE;
    public static final String MATCHES = "panther_rule_matches";
    public static final String LOOKUPS = "panther_lookups";

    private final Connection connection;
    private final EntityRequest request;
    private final NotebookHost host;
    private final JobOptions options;
    private final boolean showSql;

    private EntityLookup(Connection connection, EntityRequest request, NotebookHost host, JobOptions options, boolean showSql) {
        this.connection = connection;
        this.request = request;
        this.host = host;
        this.options = options;
        this.showSql = showSql;
    }

    public static EntityLookup of(Connection connection, EntityRequest request) {
        return new EntityLookup(connection, request, NotebookHost.standalone(), JobOptions.defaults(), false);
    }

    public EntityLookup host(NotebookHost value) {
        return new EntityLookup(connection, request, value, options, showSql);
    }

    public EntityLookup options(JobOptions value) {
        return new EntityLookup(connection, request, host, value, showSql);
    }

    public EntityLookup showSql(boolean value) {
        return new EntityLookup(connection, request, host, options, value);
    }

    public EntityReport fetch() {
        long started = System.nanoTime();
        EntitySql sql = new EntitySql(request);
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "panther-entity");
            t.setDaemon(true);
            return t;
        });
        try {
            // the side queries report nowhere: the cell's progress line follows the log tables' query, which an
            // interrupt cancels; the pool's threads are interrupted (and so cancel theirs) when this returns or throws
            CompletableFuture<Family> matches = CompletableFuture.supplyAsync(() -> family(MATCHES, sql::matches,
                    NotebookHost.standalone()), pool);
            CompletableFuture<Family> lookups = CompletableFuture.supplyAsync(() -> family(LOOKUPS, sql::lookups,
                    NotebookHost.standalone()), pool);
            Family events = family(LOGS, sql::events, host);
            Family matched = join(matches);
            Family looked = join(lookups);
            return report(events, matched, looked, Duration.ofNanos(System.nanoTime() - started));
        } finally {
            pool.shutdownNow();
        }
    }

    private interface SqlOf {
        Optional<String> of(List<CatalogTable> tables);
    }

    /** One family's query and its answer (none when the data lake has no such tables or none holds the column). */
    private record Family(String name, String text, Result result) {
        Table table() {
            return result == null ? Table.create(name) : result.table();
        }
    }

    /** Runs {@code database}'s query, if its tables give one, reporting to {@code to}. */
    private Family family(String database, SqlOf sql, NotebookHost to) {
        String text = sql.of(tables(database)).orElse(null);
        return new Family(database, text, text == null ? null : new DataLakeJob(connection, to, options.withLimit(0)).sql(text, database));
    }

    private List<CatalogTable> tables(String database) {
        DataLakeCatalog catalog = DataLakeCatalog.of(connection);
        if (!database.equals(LOGS) && catalog.database(database).isEmpty()) {
            return List.of();
        }
        return catalog.tables(database);
    }

    /**
     * The side query's answer; an interrupt while waiting for it stops the wait at once (the caller's pool, shut down,
     * interrupts the side query, which cancels it in Panther).
     */
    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationInterruptedException("entity");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new PantherException("the entity's queries failed: " + e.getCause(), e.getCause());
        }
    }

    private EntityReport report(Family events, Family matched, Family looked, Duration elapsed) {
        List<EntityEvent> all = EntityEvent.of(events.table());
        EntityProfile profile = new EntityProfile(request, all);
        Table ownEvents = profile.events();
        EntityReport.Builder b = EntityReport.newEntityReport().summary(profile.summary()).logTypes(profile.logTypes())
                .related(profile.related()).links(profile.links()).events(ownEvents).timeline(profile.timeline(ownEvents))
                .showSql(showSql);
        if (all.size() > EntitySql.EVENT_CAP) {
            b.warning("more than " + EntitySql.EVENT_CAP + " events name " + request.value() + ": the profile adds up the newest "
                    + EntitySql.EVENT_CAP + "; narrow the window (--since, --from/--to) to see all of one period");
        }
        b.alerts(alerts(matched.table()));
        b.enrichment(enrichment(profile, looked));
        for (Family f : List.of(events, matched, looked)) {
            if (f.text() != null) {
                b.query(new EntityReport.Query(f.name(), f.result().queryIds().isEmpty() ? null : f.result().queryIds().get(0), f.text()));
            }
        }
        if (matched.text() != null && matched.table().rowCount() > 0) {
            b.query(new EntityReport.Query("alerts (GraphQL)", null, AlertDetails.operation(Math.min(AlertDetails.MOST,
                    matched.table().rowCount()))));
        }
        if (looked.text() == null && profile.enrichment().isEmpty()) {
            b.detail(tables(LOOKUPS).isEmpty() ? "no enrichment: the data lake has no panther_lookups tables"
                    : "no enrichment: no lookup table lists " + request.value());
        }
        return b.elapsed(elapsed).build();
    }

    /** The alerts of the rule matches, with their title, severity and status from the API; the most severe first. */
    private Table alerts(Table matches) {
        List<String> ids = new ArrayList<>();
        Column<?> idColumn = column(matches, "p_alert_id");
        for (int row = 0; idColumn != null && row < matches.rowCount(); row++) {
            if (!idColumn.isMissing(row)) {
                ids.add(idColumn.getString(row));
            }
        }
        Map<String, JsonNode> details = ids.isEmpty() ? Map.of() : AlertDetails.of(connection, ids);
        StringColumn id = StringColumn.create("alert_id");
        StringColumn title = StringColumn.create("title");
        StringColumn severity = StringColumn.create("severity");
        StringColumn status = StringColumn.create("status");
        StringColumn detection = StringColumn.create("detection");
        IntColumn events = IntColumn.create("events");
        InstantColumn firstEvent = InstantColumn.create("first_event");
        InstantColumn lastEvent = InstantColumn.create("last_event");
        StringColumn pivot = StringColumn.create("pivot");
        // the most severe first; within a severity, the matches' order (newest last event first)
        List<Integer> order = IntStream.range(0, matches.rowCount()).boxed().sorted(Comparator.comparingInt((Integer r) -> {
            JsonNode alert = details.get(text(matches, "p_alert_id", r));
            return severityRank(alert == null ? text(matches, "p_rule_severity", r) : alert.path("severity").asText(null));
        })).toList();
        for (int row : order) {
            String alertId = text(matches, "p_alert_id", row);
            JsonNode alert = details.get(alertId);
            id.append(alertId);
            title.append(alert == null ? null : alert.path("title").asText(null));
            severity.append(alert == null ? text(matches, "p_rule_severity", row) : alert.path("severity").asText(null));
            status.append(alert == null ? null : alert.path("status").asText(null));
            detection.append(text(matches, "p_rule_id", row));
            String count = text(matches, "events", row);
            events.append(count == null ? 0 : (int) Double.parseDouble(count));
            firstEvent.append(instant(matches, "first_event", row));
            lastEvent.append(instant(matches, "last_event", row));
            pivot.append("%panther alert " + alertId + " --entities");
        }
        return Table.create("alerts", id, title, severity, status, detection, events, firstEvent, lastEvent, pivot);
    }

    private static int severityRank(String severity) {
        List<String> order = List.of("CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO");
        int rank = severity == null ? -1 : order.indexOf(severity.toUpperCase(Locale.ROOT));
        return rank < 0 ? order.size() : rank;
    }

    /** The facts the events' p_enrichment and the lookup tables give of the entity. */
    private static Table enrichment(EntityProfile profile, Family looked) {
        Map<List<String>, Integer> facts = new LinkedHashMap<>(profile.enrichment());
        Table listed = looked.table();
        for (int row = 0; row < listed.rowCount(); row++) {
            facts.putIfAbsent(List.of(text(listed, "lookup", row), text(listed, "field", row), text(listed, "value", row)), 0);
        }
        StringColumn lookup = StringColumn.create("lookup");
        StringColumn field = StringColumn.create("field");
        StringColumn value = StringColumn.create("value");
        IntColumn events = IntColumn.create("events");
        facts.forEach((fact, count) -> {
            lookup.append(fact.get(0));
            field.append(fact.get(1));
            value.append(fact.get(2));
            events.append(count);
        });
        return Table.create("enrichment", lookup, field, value, events);
    }

    private static Column<?> column(Table table, String name) {
        return table.columns().stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private static String text(Table table, String name, int row) {
        Column<?> c = column(table, name);
        return c == null || c.isMissing(row) ? null : c.getString(row);
    }

    private static Instant instant(Table table, String name, int row) {
        Column<?> c = column(table, name);
        if (c == null || c.isMissing(row)) {
            return null;
        }
        return c instanceof InstantColumn instants ? instants.get(row) : null;
    }
}
