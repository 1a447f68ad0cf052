package dev.pantherkernel.magics.table;

import dev.pantherkernel.magics.core.Internal;
import java.util.List;

/** One column of a result table: its dotted name, the keys that lead to its value in a row, and its kind. */
@Internal
public record ColumnSpec(String name, List<String> path, ColumnKind kind) {

    public ColumnSpec {
        path = List.copyOf(path);
    }

    public static ColumnSpec of(List<String> path, ColumnKind kind) {
        return new ColumnSpec(String.join(".", path), path, kind);
    }
}
