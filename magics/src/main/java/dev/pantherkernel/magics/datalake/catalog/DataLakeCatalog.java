package dev.pantherkernel.magics.datalake.catalog;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.datalake.sql.TableName;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.client.GraphQLErrorException;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.client.OperationInterruptedException;
import dev.pantherkernel.magics.client.PantherClient;
import dev.pantherkernel.magics.memory.HeapWatch;
import dev.pantherkernel.magics.core.Suggestions;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.graphql.CursorBinding;
import dev.pantherkernel.magics.graphql.RowTarget;
import dev.pantherkernel.magics.paging.Fetched;
import dev.pantherkernel.magics.paging.PageRequest;
import dev.pantherkernel.magics.paging.Pager;
import dev.pantherkernel.magics.table.RowSink;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The data lake's databases, tables and columns, asked for once and kept for the connection: the {@code tables} and
 * {@code columns} commands, the time-filter check, {@code {name!ident}} and completion all read it. A database's
 * table list comes from {@code dataLakeDatabaseTables}, all pages; a single table asked for before its database's
 * list is fetched alone with {@code dataLakeDatabaseTable}. Names match without regard to case, as unquoted SQL
 * names do, and a database may be named either way ({@code panther_logs} or {@code panther_logs.public}): requests
 * use the name Panther's own list gives. Safe to use from several threads (at worst a list is fetched twice).
 */
@Internal
public final class DataLakeCatalog implements KnownTables {

    public static final String DEFAULT_DATABASE = "panther_logs";

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*(\\.[A-Za-z_][A-Za-z0-9_$]*){0,2}");

    private final PantherClient client;
    private final CatalogMemory memory;
    private volatile List<CatalogDatabase> databases;
    private final Map<String, List<CatalogTable>> tables = new ConcurrentHashMap<>();
    private final Map<String, Optional<CatalogTable>> singles = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<List<CatalogTable>>> listings = new ConcurrentHashMap<>();

    DataLakeCatalog(PantherClient client) {
        this(client, CatalogMemory.none());
    }

    DataLakeCatalog(PantherClient client, CatalogMemory memory) {
        this.client = client;
        this.memory = memory;
    }

    /** The catalog of this connection (one per connection, made on first use); every whole listing is kept on disk. */
    public static DataLakeCatalog of(Connection connection) {
        return connection.companion(DataLakeCatalog.class, c -> new DataLakeCatalog(c.client(), CatalogMemory.of(c)));
    }

    /**
     * The tables of {@code database} as the last whole listing of the Panther {@code session} talks to (or would
     * connect to by itself) kept them on disk, asked without connecting: what a Tab offers while the catalog is read.
     */
    public static Optional<KnownTables> kept(PantherSession session, String database) {
        return CatalogMemory.of(session).known(database);
    }

    @Override
    public List<CatalogDatabase> databases() {
        List<CatalogDatabase> known = databases;
        if (known == null) {
            JsonNode data = client.execute(GraphQLRequest.query("dataLakeDatabases", CatalogOperations.DATABASES, Map.of()));
            List<CatalogDatabase> loaded = new ArrayList<>();
            data.path("dataLakeDatabases").forEach(d -> loaded.add(new CatalogDatabase(d.path("name").asText(),
                    d.path("description").asText(""))));
            known = List.copyOf(loaded);
            databases = known;
        }
        return known;
    }

    /** The database {@code name} names (in either form, any case), as Panther lists it. */
    public Optional<CatalogDatabase> database(String name) {
        return databases().stream().filter(d -> d.key().equals(DatabaseName.key(name))).findFirst();
    }

    /**
     * The name Panther calls {@code database} by, for a request ({@code panther_logs.public} when its catalog says
     * so); the name as given when the catalog does not list it or cannot be read (the request then says why).
     */
    public String serverName(String database) {
        try {
            return database(database).map(CatalogDatabase::name).orElse(database);
        } catch (OperationInterruptedException e) {
            throw e;
        } catch (PantherException unreadable) {
            return database;
        }
    }

    /**
     * Every table of {@code database}, with its columns (fetched on first use, all pages; a listing already under way
     * is waited for rather than fetched again).
     */
    @Override
    public List<CatalogTable> tables(String database) {
        String key = key(database);
        List<CatalogTable> known = tables.get(key);
        if (known != null) {
            return known;
        }
        CompletableFuture<List<CatalogTable>> listing = listings.get(key);
        if (listing != null && !listing.isCompletedExceptionally()) {
            try {
                return listing.join();
            } catch (CompletionException failed) {
                // listed again below, in this thread, so that the failure is this caller's to report
            }
        }
        return fetchInto(key, database);
    }

    /**
     * The tables of {@code database}, listed on a thread of their own unless they are listed or being listed already:
     * for a Tab, which JupyterLab waits for only a second, and for the demo, whose tables are listed before anyone
     * asks. A listing that failed is started again by the next call.
     */
    public CompletableFuture<List<CatalogTable>> tablesSoon(String database) {
        Optional<List<CatalogTable>> known = cachedTables(database);
        if (known.isPresent()) {
            return CompletableFuture.completedFuture(known.get());
        }
        return listings.compute(key(database), (key, listing) -> listing != null && !listing.isCompletedExceptionally()
                ? listing
                : CompletableFuture.supplyAsync(() -> fetchInto(key, database), DataLakeCatalog::onItsOwnThread));
    }

    private List<CatalogTable> fetchInto(String key, String database) {
        List<CatalogTable> listed = fetchTables(serverName(database));
        tables.put(key, listed);
        return listed;
    }

    private static void onItsOwnThread(Runnable listing) {
        Thread thread = new Thread(listing, "panther-catalog");
        thread.setDaemon(true);
        thread.start();
    }

    /** The tables of {@code database} if they were fetched already; never asks Panther (for completion). */
    public Optional<List<CatalogTable>> cachedTables(String database) {
        return Optional.ofNullable(tables.get(key(database)));
    }

    @Override
    public Optional<CatalogTable> table(TableName name, String defaultDatabase) {
        String database = name.databaseOr(defaultDatabase);
        Optional<List<CatalogTable>> listed = cachedTables(database);
        if (listed.isPresent()) {
            return listed.get().stream().filter(t -> t.name().equalsIgnoreCase(name.table())).findFirst();
        }
        String key = key(database) + "." + name.table().toLowerCase(Locale.ROOT);
        Optional<CatalogTable> known = singles.get(key);
        if (known == null) {
            known = fetchTable(serverName(database), name.table());
            singles.put(key, known);
        }
        return known;
    }

    /** Forgets everything, so the next use asks Panther again. */
    public void forget() {
        databases = null;
        tables.clear();
        singles.clear();
        listings.clear();
    }

    /**
     * {@code {name!ident}}: the value if it is a plain name (letters, digits, {@code _}, {@code $}; up to three parts
     * joined by dots) of a database, a table or a column of a table in {@code database}; an error otherwise.
     */
    public String identifier(String placeholder, Object value, String database) {
        if (!(value instanceof CharSequence)) {
            throw new PantherException("{" + placeholder + "!ident} takes a string that names a table or column, not a "
                    + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        String name = value.toString().strip();
        if (!PLAIN_NAME.matcher(name).matches()) {
            throw new PantherException("{" + placeholder + "!ident}: '" + name + "' is not a plain SQL name (letters, "
                    + "digits, _ and $, up to three parts joined by dots)");
        }
        boolean aDatabase = databases().stream().anyMatch(d -> d.key().equals(DatabaseName.key(name)));
        if (aDatabase || (name.contains(".") ? table(TableName.parse(name), database).isPresent()
                : knownNames(database).stream().anyMatch(name::equalsIgnoreCase))) {
            return name;
        }
        throw new PantherException("{" + placeholder + "!ident}: '" + name + "' is not a database, table or column that "
                + "the catalog of " + database + " knows" + Suggestions.didYouMean(name, knownNames(database))
                + " (`%panther tables " + database + "` lists the tables)");
    }

    private Set<String> knownNames(String database) {
        Set<String> names = new LinkedHashSet<>();
        databases().forEach(d -> names.add(d.name()));
        for (CatalogTable table : tables(database)) {
            names.add(table.name());
            table.columns().forEach(c -> names.add(c.name()));
        }
        return names;
    }

    private List<CatalogTable> fetchTables(String database) {
        GraphQLRequest request = GraphQLRequest.query("dataLakeDatabaseTables", CatalogOperations.TABLES,
                Map.of("input", Map.of("databaseName", database)));
        RowTarget target = new RowTarget(List.of("dataLakeDatabaseTables"), RowTarget.Shape.CONNECTION, null, null,
                "edges", "node");
        TableCollector collector = new TableCollector(database);
        // the catalog is small and needed to go on: it is listed whole even when the heap runs low
        Fetched fetched = new Pager(client, HeapWatch.none()).fetch(PageRequest.newPageRequest(request, target)
                .cursor(new CursorBinding.InsideVariable("input", "cursor"), "pageInfo").build(), collector);
        if (!fetched.complete()) {
            throw fetched.failure() != null ? fetched.failure()
                    : new PantherException("listing the tables of " + database + " was interrupted");
        }
        memory.keep(database, collector.nodes);
        return List.copyOf(collector.tables);
    }

    private Optional<CatalogTable> fetchTable(String database, String table) {
        try {
            JsonNode data = client.execute(GraphQLRequest.query("dataLakeDatabaseTable", CatalogOperations.TABLE,
                    Map.of("input", Map.of("databaseName", database, "tableName", table))));
            return Optional.of(CatalogTable.of(database, data.path("dataLakeDatabaseTable")));
        } catch (GraphQLErrorException e) {
            if (e.errors().stream().anyMatch(error -> error.message().toLowerCase(Locale.ROOT).contains("not found"))) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static String key(String database) {
        return DatabaseName.key(database);
    }

    /** Collects the table nodes the pager hands over. */
    private static final class TableCollector implements RowSink {
        private final String database;
        private final List<CatalogTable> tables = new ArrayList<>();
        private final ArrayNode nodes = JsonNodeFactory.instance.arrayNode();

        TableCollector(String database) {
            this.database = database;
        }

        @Override
        public void accept(JsonNode row) {
            tables.add(CatalogTable.of(database, row));
            nodes.add(row);
        }

        @Override
        public int rowCount() {
            return tables.size();
        }

        @Override
        public Table table() {
            return Table.create(database);
        }
    }
}
