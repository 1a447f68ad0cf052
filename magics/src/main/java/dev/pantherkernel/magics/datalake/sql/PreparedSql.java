package dev.pantherkernel.magics.datalake.sql;

import dev.pantherkernel.magics.core.Internal;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL as it will be sent: placeholders filled, {@code LIMIT} added when asked for and missing, and the warnings
 * about it (no time filter, a placeholder inside a string). Shown as the SQL itself by {@code --dry-run}; a query that
 * runs as time partitions shows each partition's query.
 *
 * @param partitions the queries of its time partitions, in the order their rows are joined; empty when it runs whole
 * @param split      how it runs, in a few words ({@code split in 4 by time: ~120,000 events in the window},
 *                   {@code one query: it aggregates}); null when nothing was decided (--partitions 1)
 */
@Internal
public record PreparedSql(String sql, String database, List<String> warnings, List<String> partitions, String split) {

    public PreparedSql {
        warnings = List.copyOf(warnings);
        partitions = List.copyOf(partitions);
    }

    PreparedSql(String sql, String database, List<String> warnings) {
        this(sql, database, warnings, List.of(), null);
    }

    @Override
    public String toString() {
        if (partitions.isEmpty()) {
            return sql;
        }
        List<String> parts = new ArrayList<>();
        if (split != null) {
            parts.add("-- " + split);
        }
        for (int i = 0; i < partitions.size(); i++) {
            parts.add("-- time partition " + (i + 1) + " of " + partitions.size() + "\n" + partitions.get(i));
        }
        return String.join("\n\n", parts);
    }
}
