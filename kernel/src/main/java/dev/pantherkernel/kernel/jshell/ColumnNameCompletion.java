package dev.pantherkernel.kernel.jshell;

import dev.pantherkernel.magics.table.Result;
import tech.tablesaw.api.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes a column name inside the string argument of a table method, {@code alerts.stringColumn("sev|")} or
 * {@code alerts.select("id", "st|")}, from the columns the variable's table has now, as IPython completes a pandas
 * frame's {@code df["sev|"}: JShell's own completion offers nothing inside a string.
 */
final class ColumnNameCompletion {

    /** Tablesaw's {@code Table} methods whose string arguments are column names. */
    private static final Set<String> TAKES_COLUMN_NAMES = Set.of("column", "columns", "stringColumn", "textColumn",
            "intColumn", "longColumn", "shortColumn", "floatColumn", "doubleColumn", "numberColumn", "booleanColumn",
            "dateColumn", "dateTimeColumn", "instantColumn", "timeColumn", "categoricalColumn", "nCol", "columnIndex",
            "containsColumn", "select", "selectColumns", "removeColumns", "retainColumns", "reorderColumns", "sortOn",
            "sortAscendingOn", "sortDescendingOn", "summarize", "splitOn", "countBy", "xTabCounts", "xTabPercents",
            "removeColumnsWithMissingValues", "dropDuplicateRows");

    /**
     * A variable, a method, earlier string arguments (each written whole), then the string argument being written up
     * to the cursor, the call perhaps spread over lines. Only the text just before the cursor is read ({@link #LOOK_BACK}):
     * a completion request's hint, not a Java parse.
     */
    private static final Pattern IN_COLUMN_ARGUMENT = Pattern.compile(
            "([A-Za-z_$][\\w$]*)\\s*\\.\\s*(\\w+)\\s*\\(\\s*(?:\"(?:[^\"\\\\\\n]|\\\\.)*\"\\s*,\\s*)*\"([^\"\\\\\\n]*)$");

    /** How far before the cursor the call may start. */
    private static final int LOOK_BACK = 2_000;

    private final Function<String, Optional<Object>> variables;

    /** @param variables the current value of a cell's variable, by name */
    ColumnNameCompletion(Function<String, Optional<Object>> variables) {
        this.variables = variables;
    }

    /** The column names to offer at {@code cursor}; empty when the cursor is in no such argument. */
    Optional<JavaCodeAssist.Completion> complete(String code, int cursor) {
        Matcher m = IN_COLUMN_ARGUMENT.matcher(code.substring(Math.max(0, cursor - LOOK_BACK), cursor));
        if (!m.find() || !TAKES_COLUMN_NAMES.contains(m.group(2))) {
            return Optional.empty();
        }
        Optional<Table> table = variables.apply(m.group(1)).flatMap(ColumnNameCompletion::tableOf);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        String typed = m.group(3);
        List<String> names = matching(table.get().columnNames(), typed);
        return names.isEmpty() ? Optional.empty()
                : Optional.of(new JavaCodeAssist.Completion(names, cursor - typed.length(), cursor));
    }

    private static Optional<Table> tableOf(Object value) {
        if (value instanceof Table table) {
            return Optional.of(table);
        }
        return value instanceof Result result ? Optional.of(result.table()) : Optional.empty();
    }

    /** The names that start with {@code typed}, then those that contain it, ignoring case, each in the table's order. */
    private static List<String> matching(List<String> names, String typed) {
        String lower = typed.toLowerCase(Locale.ROOT);
        List<String> starting = new ArrayList<>();
        List<String> containing = new ArrayList<>();
        for (String name : names) {
            String candidate = name.toLowerCase(Locale.ROOT);
            if (candidate.startsWith(lower)) {
                starting.add(name);
            } else if (candidate.contains(lower)) {
                containing.add(name);
            }
        }
        starting.addAll(containing);
        return starting;
    }
}
