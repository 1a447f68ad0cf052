package dev.pantherkernel.magics.datalake.result;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.table.ColumnKind;

/** A column of a data lake result: its name in the table, its Snowflake type, and the kind of values it holds. */
@Internal
public record ResultColumn(String name, String type, ColumnKind kind) {
}
