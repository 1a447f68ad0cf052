package dev.pantherkernel.emulator.datalake.snowflake;

import dev.pantherkernel.emulator.datalake.snowflake.Expr.Ident;
import dev.pantherkernel.emulator.datalake.sql.SnowflakeType;
import java.util.List;
import java.util.Optional;

/**
 * What a FROM item offers the rest of the query: the name it is known by (its alias, or the table's own name) and
 * its columns with their Snowflake types. {@code columnsKnown} is false for a table the front end has no schema of,
 * whose columns it then leaves to DuckDB.
 */
record Relation(String name, List<Column> columns, boolean columnsKnown) {

    record Column(String name, SnowflakeType type) {}

    /** Names compare without case, quoted or not: Panther's columns are all one case in Snowflake. */
    boolean isNamed(Ident ident) {
        return name != null && ident.name().equalsIgnoreCase(name);
    }

    Optional<Column> column(Ident ident) {
        return columns.stream().filter(c -> ident.name().equalsIgnoreCase(c.name())).findFirst();
    }
}
