package dev.pantherkernel.emulator.datalake;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.pantherkernel.emulator.auth.Caller;
import dev.pantherkernel.emulator.datalake.snowflake.HelperMacros;
import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.faults.FaultKind;
import dev.pantherkernel.emulator.paging.Connection;
import dev.pantherkernel.emulator.paging.Cursors;
import dev.pantherkernel.emulator.paging.PageInfo;
import dev.pantherkernel.emulator.paging.PageSize;
import dev.pantherkernel.emulator.schema.Input;
import dev.pantherkernel.emulator.schema.RootFields;
import dev.pantherkernel.emulator.schema.SchemaPart;
import dev.pantherkernel.emulator.schema.SourceField;
import graphql.schema.DataFetchingEnvironment;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.sql.SQLException;
import java.time.Clock;

/** The data lake operations: catalog, SQL queries, indicator search, results and history. */
public final class DataLakeFields implements SchemaPart {
    private static final int MAX_PAGE = 999;

    private final Supplier<Catalog> catalog;
    private final QueryJobs jobs;
    private final Duration resultsPageDelay;
    private final String defaultDatabase;
    private final ResultTypeNames typeNames;
    private final Function<String, List<Object>> actorProfiles;

    /**
     * @param typeNames     how {@code columnInfo.types} spells the result types
     * @param actorProfiles a query's id to the profiles of the actors its rows name (none for most queries)
     */
    public DataLakeFields(Supplier<Catalog> catalog, QueryJobs jobs, Duration resultsPageDelay, String defaultDatabase,
            ResultTypeNames typeNames, Function<String, List<Object>> actorProfiles) {
        this.catalog = catalog;
        this.jobs = jobs;
        this.resultsPageDelay = resultsPageDelay;
        this.defaultDatabase = defaultDatabase;
        this.typeNames = typeNames;
        this.actorProfiles = actorProfiles;
    }

    /**
     * Creates the DuckDB macros behind Panther's {@code p_occurs_*} SQL macros; their now is {@code clock}'s (as far
     * ahead of the system's clock as it is at this call, to the second: the system's own clock is not ahead at all).
     */
    public static void installMacros(DuckDb db, Clock clock) throws SQLException {
        long ahead = Math.round(Duration.between(Instant.now(), clock.instant()).toMillis() / 1000.0);
        db.execute(HelperMacros.statements(Duration.ofSeconds(ahead)).toArray(String[]::new));
    }

    @Override
    public void wire(RootFields root) {
        Permission read = Permission.DataAnalyticsRead;
        root.query("dataLakeDatabases", read, env -> catalog.get().databases());
        root.query("dataLakeDatabase", read, env -> catalog.get().database(env.getArgument("name")));
        root.query("dataLakeDatabaseTables", read, env -> {
            Input in = Input.of(env);
            return Connection.ofOffset(catalog.get().database(in.string("databaseName")).tables(), in.string("cursor"),
                    PageSize.check(in.integer("pageSize"), 25, MAX_PAGE));
        });
        root.query("dataLakeDatabaseTable", read, env -> {
            Input in = Input.of(env);
            return catalog.get().table(in.string("databaseName"), in.string("tableName"));
        });
        root.mutation("executeDataLakeQuery", read, env -> {
            Input in = Input.of(env);
            String database = in.has("databaseName") ? in.string("databaseName") : defaultDatabase;
            return Map.of("id", jobs.submit(in.string("sql"), database, Caller.of(env).token()));
        });
        root.mutation("executeIndicatorSearchQuery", read, env -> {
            Input in = Input.of(env);
            List<String> databases = in.has("databases") ? in.strings("databases") : List.of(defaultDatabase);
            String sql = IndicatorSearch.sql(catalog.get(), in.strings("indicators"), in.instant("startTime"),
                    in.instant("endTime"), in.has("indicatorName") ? in.string("indicatorName") : "AutoDetectType",
                    databases, in.strings("tables"));
            return Map.of("id", jobs.submitDuckDb(sql, defaultDatabase, Caller.of(env).token()));
        });
        root.mutation("cancelDataLakeQuery", read, env -> {
            String id = Input.of(env).string("id");
            jobs.cancel(id);
            return Map.of("id", id);
        });
        root.query("dataLakeQuery", read, env -> jobs.get(env.getArgument("id")));
        root.query("dataLakeQueries", read, env -> history(Input.of(env)));
        root.types().type("DataLakeQuery", t -> t.dataFetcher("results", this::results));
        // light fetchers instead of reflective property lookup: these run a million times for a large result
        root.types().type("DataLakeQueryResultEdge", t -> t
                .dataFetcher("node", SourceField.of(ResultsPage.Row.class, ResultsPage.Row::node))
                .dataFetcher("id", SourceField.of(ResultsPage.Row.class, ResultsPage.Row::id)));
    }

    private ResultsPage results(DataFetchingEnvironment env) throws InterruptedException {
        DataLakeQuery query = env.getSource();
        QueryResults results = jobs.results(query.id());
        if (results == null) {
            return null;
        }
        Input in = Input.of(env);
        int size = PageSize.check(in.integer("pageSize"), MAX_PAGE, MAX_PAGE);
        String cursor = in.string("cursor");
        int from = Math.min(Cursors.offsetOf(cursor), results.rows().size());
        ResultsPage.ColumnInfo columns = new ResultsPage.ColumnInfo(results.order(), typeNames.respell(results.types()));
        ResultsPage.Stats stats = new ResultsPage.Stats(results.bytes(), results.executionMillis(), results.rows().size());
        if (env.getGraphQlContext().get(FaultKind.class) == FaultKind.TRY_AGAIN) {
            return new ResultsPage(List.of(), new PageInfo(cursor, cursor, true, from > 0), columns, stats, true, List.of());
        }
        if (!resultsPageDelay.isZero()) {
            Thread.sleep(resultsPageDelay.toMillis());
        }
        int to = Math.min(from + size, results.rows().size());
        List<ResultsPage.Row> rows = new ArrayList<>(to - from);
        int i = from;
        for (RawValue row : results.rows().get(from, to)) {
            rows.add(new ResultsPage.Row(i++, row));
        }
        PageInfo info = Connection.fromOffset(rows, from, to < results.rows().size()).pageInfo();
        return new ResultsPage(rows, info, columns, stats, false, actorProfiles.apply(query.id()));
    }

    private Connection<DataLakeQuery> history(Input in) {
        Set<QueryStatus> statuses = in.enums("status", QueryStatus.class);
        String contains = in.string("contains");
        Boolean scheduled = in.bool("isScheduled");
        List<String> issuers = in.strings("issuedBy");
        Instant after = in.instant("startedAtAfter");
        Instant before = in.instant("startedAtBefore");
        Comparator<DataLakeQuery> order = Comparator.comparing(DataLakeQuery::startedAt).thenComparing(DataLakeQuery::id);
        List<DataLakeQuery> matching = jobs.history().stream()
                .filter(q -> statuses == null || statuses.contains(q.status()))
                .filter(q -> contains == null || q.sql().toLowerCase(Locale.ROOT).contains(contains.toLowerCase(Locale.ROOT)))
                .filter(q -> scheduled == null || scheduled == q.isScheduled())
                .filter(q -> issuers == null || (q.issuedBy() != null && issuers.contains(q.issuedBy().id())))
                .filter(q -> after == null || q.startedAt().isAfter(after))
                .filter(q -> before == null || q.startedAt().isBefore(before))
                .sorted("ascending".equals(in.string("sortDir")) ? order : order.reversed())
                .toList();
        return Connection.ofOffset(matching, in.string("cursor"), PageSize.check(in.integer("pageSize"), 25, MAX_PAGE));
    }
}
