package dev.pantherkernel.magics.datalake;

import java.util.List;

/** What completion inside a {@code %%panther sql} cell needs to know about SQL text, apart from the catalog. */
public final class SqlStatements {

    /** Panther's time macros with their arguments, as an analyst writes them in a WHERE clause. */
    public static final List<String> TIME_MACROS = List.of(
            "p_occurs_since(offset [, tableAlias [, column]])",
            "p_occurs_between(startTime, endTime [, tableAlias [, column]])",
            "p_occurs_around(timestamp, offset [, tableAlias [, column]])",
            "p_occurs_after(timestamp [, tableAlias [, column]])",
            "p_occurs_before(timestamp [, tableAlias [, column]])");

    private SqlStatements() {
    }

    /**
     * The tables the statement names after {@code FROM} and {@code JOIN} (whose columns completion offers), found by
     * scanning tokens as {@link SqlFacts} does; look each up with {@link DataLakeCatalog#table}.
     */
    public static List<TableName> tablesIn(String sql) {
        return SqlFacts.of(sql).tables();
    }
}
