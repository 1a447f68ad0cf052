package dev.pantherkernel.emulator.datalake;

import dev.pantherkernel.emulator.core.ApiException;
import dev.pantherkernel.emulator.datalake.sql.SnowflakeType;
import dev.pantherkernel.emulator.datalake.sql.SqlLiterals;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The data lake's databases, tables and columns, read from DuckDB's own catalog once the data is loaded. */
public final class Catalog {
    /** {@code DataLakeDatabase}: {@code name} as the API shows it, {@code key} the DuckDB catalog it lives in. */
    public record Database(String name, String key, String description, List<Table> tables) {}

    /** {@code DataLakeDatabaseTable}. */
    public record Table(String name, String description, String displayName, String logType, Integer numMatches,
            List<Column> columns) {}

    /** {@code DataLakeDatabaseTableColumn}, with a Snowflake type name. */
    public record Column(String name, String type, String description) {}

    private final List<Database> databases;

    private Catalog(List<Database> databases) {
        this.databases = List.copyOf(databases);
    }

    /**
     * Reads the {@code public} schema of each database (keyed by its DuckDB catalog), named as {@code names}
     * says. {@code logTypes} maps table names to Panther log types; tables of {@code countedDatabase} report
     * their row count as {@code numMatches}.
     */
    public static Catalog read(DuckDb db, Map<String, String> descriptions, Map<String, String> logTypes,
            String countedDatabase, DatabaseNames names, Map<String, Map<String, SnowflakeType>> declaredTypes)
            throws SQLException {
        List<Database> out = new ArrayList<>();
        try (Connection c = db.connect()) {
            for (Map.Entry<String, String> database : descriptions.entrySet()) {
                Map<String, List<Column>> columns = columns(c, database.getKey(), declaredTypes);
                List<Table> tables = new ArrayList<>();
                // tables, or views of tables (the packed demo's, moved in time)
                try (PreparedStatement p = c.prepareStatement("SELECT table_name, comment FROM duckdb_tables() "
                        + "WHERE database_name = ? AND schema_name = 'public' UNION ALL SELECT view_name, comment FROM duckdb_views() "
                        + "WHERE database_name = ? AND schema_name = 'public' AND NOT internal ORDER BY 1")) {
                    p.setString(1, database.getKey());
                    p.setString(2, database.getKey());
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            String name = rs.getString(1);
                            String logType = logTypes.get(name);
                            tables.add(new Table(name, rs.getString(2), logType == null ? name : logType.replace('.', ' '),
                                    logType, database.getKey().equals(countedDatabase) ? rowCount(c, database.getKey(), name) : null,
                                    columns.getOrDefault(name, List.of())));
                        }
                    }
                }
                out.add(new Database(names.shown(database.getKey()), database.getKey(), database.getValue(), tables));
            }
        }
        return new Catalog(out);
    }

    private static int rowCount(Connection c, String database, String table) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM " + SqlLiterals.identifier(database) + ".public."
                + SqlLiterals.identifier(table)); ResultSet rs = p.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * The columns of each table, with the Snowflake types the tables declare (a JSON column is VARIANT, OBJECT or
     * ARRAY only by its declaration), else the type DuckDB's column maps to.
     */
    private static Map<String, List<Column>> columns(Connection c, String database,
            Map<String, Map<String, SnowflakeType>> declaredTypes) throws SQLException {
        Map<String, List<Column>> columns = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT table_name, column_name, data_type, comment FROM duckdb_columns() "
                + "WHERE database_name = ? AND schema_name = 'public' ORDER BY table_name, column_index")) {
            p.setString(1, database);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    SnowflakeType declared = declaredTypes.getOrDefault(rs.getString(1), Map.of()).get(rs.getString(2));
                    String type = declared != null ? declared.name() : SnowflakeTypes.of(rs.getString(3));
                    columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Column(rs.getString(2), type,
                            rs.getString(4)));
                }
            }
        }
        return columns;
    }

    public List<Database> databases() {
        return databases;
    }

    /** The database a client names, in its long or short form. */
    public Database database(String name) {
        String key = DatabaseNames.key(name);
        return databases.stream().filter(d -> d.key().equals(key)).findFirst()
                .orElseThrow(() -> ApiException.notFound("database " + name));
    }

    public Table table(String database, String table) {
        return findTable(database, table).orElseThrow(() -> ApiException.notFound("table " + database + "." + table));
    }

    public Optional<Table> findTable(String database, String table) {
        return database(database).tables().stream().filter(t -> t.name().equalsIgnoreCase(table)).findFirst();
    }
}
