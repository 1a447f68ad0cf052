package dev.pantherkernel.magics.datalake.result;

import dev.pantherkernel.magics.table.ColumnKind;

/** A column of a data lake result: its name in the table, its Snowflake type, and the kind of values it holds. */
public record ResultColumn(String name, String type, ColumnKind kind) {
}
