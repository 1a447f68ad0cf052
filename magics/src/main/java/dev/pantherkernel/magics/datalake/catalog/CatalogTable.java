package dev.pantherkernel.magics.datalake.catalog;

import com.fasterxml.jackson.databind.JsonNode;

import dev.pantherkernel.magics.core.Internal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A data lake table: its database (as Panther calls it), name, Panther log type, description and columns. */
@Internal
public record CatalogTable(String database, String name, String logType, String description,
                           List<CatalogColumn> columns) {

    /** The column every log table has and every time filter uses. */
    static final String EVENT_TIME = "p_event_time";

    public CatalogTable {
        columns = List.copyOf(columns);
    }

    static CatalogTable of(String database, JsonNode table) {
        List<CatalogColumn> columns = new ArrayList<>();
        table.path("columns").forEach(c -> columns.add(CatalogColumn.of(c)));
        return new CatalogTable(database, table.path("name").asText(), table.path("logType").asText(""),
                table.path("description").asText(""), columns);
    }

    /** {@code panther_logs.public.name}, the name that works in SQL from any database. */
    public String qualifiedName() {
        return DatabaseName.key(database) + ".public." + name;
    }

    /** The column of this name (case does not matter, as in unquoted SQL). */
    public Optional<CatalogColumn> column(String columnName) {
        return columns.stream().filter(c -> c.name().equalsIgnoreCase(columnName)).findFirst();
    }

    /** A table of log events: it has {@code p_event_time}, so a query on it should filter on time. */
    public boolean isLogTable() {
        return column(EVENT_TIME).isPresent();
    }

    /** A column of a data lake table, with its Snowflake type name ({@code TIMESTAMP_NTZ}, {@code VARCHAR}, ...). */
    public record CatalogColumn(String name, String type, String description) {

        static CatalogColumn of(JsonNode column) {
            return new CatalogColumn(column.path("name").asText(), column.path("type").asText(""),
                    column.path("description").asText(""));
        }
    }
}
