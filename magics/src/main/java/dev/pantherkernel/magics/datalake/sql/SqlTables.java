package dev.pantherkernel.magics.datalake.sql;

import dev.pantherkernel.magics.core.Internal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The relations a statement reads (after {@code FROM} and {@code JOIN}), as its text names them. */
@Internal
public final class SqlTables {

    private SqlTables() {
    }

    /** Names of one part ({@code alerts}), the ones a session's variables can answer to; in order, once each. */
    public static List<String> plainNames(String sql) {
        Set<String> out = new LinkedHashSet<>();
        for (TableName name : SqlFacts.of(sql).tables()) {
            if (name.database() == null && name.schema() == null) {
                out.add(name.table());
            }
        }
        return List.copyOf(out);
    }
}
