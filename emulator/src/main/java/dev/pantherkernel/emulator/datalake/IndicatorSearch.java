package dev.pantherkernel.emulator.datalake;

import static dev.pantherkernel.emulator.datalake.sql.SqlLiterals.identifier;
import static dev.pantherkernel.emulator.datalake.sql.SqlLiterals.list;
import static dev.pantherkernel.emulator.datalake.sql.SqlLiterals.string;
import static dev.pantherkernel.emulator.datalake.sql.SqlLiterals.timestamp;

import dev.pantherkernel.emulator.core.ApiException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the SQL of an indicator search: every chosen log table whose {@code p_any_*} arrays hold one of
 * the indicators within the time window, one row per event with the whole event as JSON.
 */
final class IndicatorSearch {
    private IndicatorSearch() {}

    static String sql(Catalog catalog, List<String> indicators, Instant start, Instant end, String indicatorName,
            List<String> databases, List<String> tables) {
        if (indicators.isEmpty()) {
            throw ApiException.invalidInput("give at least one indicator");
        }
        List<String> selects = new ArrayList<>();
        for (String databaseName : databases) {
            Catalog.Database database = catalog.database(databaseName);
            for (Catalog.Table table : database.tables()) {
                if (tables != null && !tables.isEmpty() && !tables.contains(table.name())) {
                    continue;
                }
                List<String> columns = table.columns().stream().map(Catalog.Column::name)
                        .filter(name -> name.startsWith("p_any_"))
                        .filter(name -> indicatorName.startsWith("p_any_") ? name.equals(indicatorName) : true)
                        .toList();
                String match = "TextSearch".equals(indicatorName)
                        ? indicators.stream().map(i -> "contains(CAST(to_json(t) AS VARCHAR), " + string(i) + ")")
                                .reduce((a, b) -> a + " OR " + b).orElseThrow()
                        : columns.stream().map(c -> "list_has_any(CAST(" + identifier(c) + " AS VARCHAR[]), " + list(indicators) + ")")
                                .reduce((a, b) -> a + " OR " + b).orElse(null);
                if (match == null) {
                    continue;
                }
                selects.add(("SELECT p_event_time, p_log_type, p_source_label, p_row_id, %s AS p_table, to_json(t) AS event "
                        + "FROM %s.public.%s t WHERE p_event_time >= %s AND p_event_time < %s AND (%s)").formatted(
                        string(database.key() + ".public." + table.name()), identifier(database.key()), identifier(table.name()),
                        timestamp(start), timestamp(end), match));
            }
        }
        if (selects.isEmpty()) {
            throw ApiException.invalidInput("no table to search: check databases, tables and indicatorName");
        }
        return String.join("\nUNION ALL\n", selects) + "\nORDER BY p_event_time DESC";
    }
}
