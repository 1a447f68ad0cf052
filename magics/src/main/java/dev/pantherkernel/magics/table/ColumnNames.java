package dev.pantherkernel.magics.table;

import dev.pantherkernel.magics.core.Internal;
import tech.tablesaw.api.Table;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Column names for one table, and finding a column by a name in any case. Tablesaw refuses two columns whose names differ only in case ({@code a} and
 * {@code A} are different keys in JSON and in Snowflake), so a name taken already gets a suffix: {@code A_2}.
 */
@Internal
public final class ColumnNames {

    private final Set<String> taken = new HashSet<>();

    public String unique(String wanted) {
        String name = wanted;
        for (int n = 2; !taken.add(key(name)); n++) {
            name = wanted + "_" + n;
        }
        return name;
    }

    /** What Tablesaw compares: the name trimmed (it trims names) and in any case. */
    public static String key(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * The column of {@code table} that {@code wanted} names, in any case (Snowflake returns {@code eventName} as
     * {@code EVENTNAME}; Tablesaw's own lookups ignore case too): its name as the table has it.
     */
    public static Optional<String> find(Table table, String wanted) {
        List<String> names = table.columnNames();
        if (names.contains(wanted)) {
            return Optional.of(wanted);
        }
        return names.stream().filter(n -> key(n).equals(key(wanted))).findFirst();
    }
}
