package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.table.Result;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The alerts a command names: ids as written, and for a word that names a table variable, the ids in its {@code id}
 * column (the table {@code %panther alerts --as noisy} made, say). Each alert once, in the order first named.
 */
final class AlertIds {

    static final String ID_COLUMN = "id";

    private AlertIds() {
    }

    static List<String> of(List<String> words, CommandContext context) {
        Set<String> ids = new LinkedHashSet<>();
        for (String word : words) {
            Optional<Table> table = tableNamed(word, context);
            if (table.isEmpty()) {
                ids.add(word.strip());
                continue;
            }
            Column<?> column = table.get().columnNames().stream().filter(ID_COLUMN::equalsIgnoreCase).findFirst()
                    .map(table.get()::column).orElseThrow(() -> new UsageException("'" + word + "' is a table without an "
                            + ID_COLUMN + " column: give alert ids, or a table from %panther alerts"));
            for (int i = 0; i < column.size(); i++) {
                if (!column.isMissing(i)) {
                    ids.add(String.valueOf(column.get(i)));
                }
            }
        }
        if (ids.isEmpty() || ids.contains("")) {
            throw new UsageException("no alert ids: the table is empty or an id is blank");
        }
        return new ArrayList<>(ids);
    }

    private static Optional<Table> tableNamed(String word, CommandContext context) {
        if (!word.matches("[A-Za-z_$][A-Za-z0-9_$]*")) {
            return Optional.empty();
        }
        return context.host().variable(word).map(value -> value instanceof Result r ? r.table()
                : value instanceof Table t ? t : null);
    }
}
