package dev.pantherkernel.emulator.datalake;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.duckdb.DuckDBConnection;

/** The in-process DuckDB database that holds the data lake; every user gets its own connection to it. */
public final class DuckDb implements AutoCloseable {
    /** The catalog DuckDB names an in-memory database; our helper macros live in its main schema. */
    static final String HOME_CATALOG = "memory";

    private final DuckDBConnection root;

    public DuckDb() {
        try {
            root = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start DuckDB", e);
        }
    }

    /** A new connection to the same database; close it after use. */
    public Connection connect() throws SQLException {
        return root.duplicate();
    }

    /** Runs statements of our own (DDL, data generation) on a fresh connection. */
    public void execute(String... statements) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /**
     * After the data is loaded, queries must not reach the file system or the network: DuckDB's own
     * switch, which cannot be turned back on.
     */
    public void sealFromOutside() throws SQLException {
        execute("SET enable_external_access = false");
    }

    @Override
    public void close() {
        try {
            root.close();
        } catch (SQLException e) {
            // closing an in-memory database frees it; nothing to recover
        }
    }
}
