package dev.pantherkernel.magics.datalake;

import java.util.List;

/**
 * The SQL as it will be sent: placeholders filled, {@code LIMIT} added when asked for and missing, and the warnings
 * about it (no time filter, a placeholder inside a string). Shown as the SQL itself by {@code --dry-run}.
 */
public record PreparedSql(String sql, String database, List<String> warnings) {

    public PreparedSql {
        warnings = List.copyOf(warnings);
    }

    @Override
    public String toString() {
        return sql;
    }
}
