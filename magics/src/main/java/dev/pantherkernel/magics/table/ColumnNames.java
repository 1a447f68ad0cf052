package dev.pantherkernel.magics.table;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Column names for one table. Tablesaw refuses two columns whose names differ only in case ({@code a} and
 * {@code A} are different keys in JSON and in Snowflake), so a name taken already gets a suffix: {@code A_2}.
 */
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
}
