package dev.pantherkernel.emulator.datalake.snowflake;

import dev.pantherkernel.emulator.datalake.sql.SnowflakeType;
import java.util.List;
import java.util.Optional;

/** The tables a query may read, with their columns' Snowflake types: what the front end knows of the catalog. */
@FunctionalInterface
public interface TableSchemas {

    /** A column of a table. */
    record Column(String name, SnowflakeType type) {}

    /**
     * The columns of the table a query names ({@code t}, {@code schema.t} or {@code database.schema.t}, as written),
     * or empty when there is no such table; the front end then leaves the name to DuckDB.
     */
    Optional<List<Column>> columns(List<String> name);

    /**
     * Whether the catalog holds every table where {@code name} points (the log tables of a database it knows), so that
     * a name it does not list there does not exist; false where it cannot say (another schema), and the name is left
     * to DuckDB.
     */
    default boolean covers(List<String> name) {
        return false;
    }

    /** Default-method bridge to the translator's own column record. */
    default Optional<List<Relation.Column>> relationColumns(List<String> name) {
        return columns(name).map(cs -> cs.stream().map(c -> new Relation.Column(c.name(), c.type())).toList());
    }
}
