package dev.pantherkernel.magics.datalake.sql;

import dev.pantherkernel.magics.core.Internal;
import java.util.List;

/**
 * A table as SQL names it: {@code t}, {@code schema.t} or {@code database.schema.t}, as Snowflake reads one, two or
 * three parts. {@code database} and {@code schema} are null when the name leaves them out.
 */
@Internal
public record TableName(String database, String schema, String table) {

    static TableName of(List<String> parts) {
        return switch (parts.size()) {
            case 1 -> new TableName(null, null, parts.get(0));
            case 2 -> new TableName(null, parts.get(0), parts.get(1));
            default -> new TableName(parts.get(parts.size() - 3), parts.get(parts.size() - 2), parts.get(parts.size() - 1));
        };
    }

    /** Parses {@code a}, {@code a.b} or {@code a.b.c} (plain names, no quotes). */
    public static TableName parse(String dotted) {
        return of(List.of(dotted.strip().split("\\.", -1)));
    }

    /** The database it is in: its own, or {@code defaultDatabase}. */
    public String databaseOr(String defaultDatabase) {
        return database != null ? database : defaultDatabase;
    }

    @Override
    public String toString() {
        return (database != null ? database + "." : "") + (schema != null ? schema + "." : "") + table;
    }
}
