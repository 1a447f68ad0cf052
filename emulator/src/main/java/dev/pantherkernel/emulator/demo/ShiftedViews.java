package dev.pantherkernel.emulator.demo;

import static dev.pantherkernel.emulator.datalake.sql.SqlLiterals.identifier;
import static dev.pantherkernel.emulator.datalake.sql.SqlLiterals.string;

import dev.pantherkernel.emulator.data.TextTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes every table of a packed database a view of the same name in a database of the emulator, with every time
 * moved by one shift: timestamp and date columns by their type, times written as text where the generator declared
 * them ({@link TextTime}). A view costs nothing at start, where copying the rows would cost a second or more; a query
 * pays for the few additions on the rows it reads. Comments come along, so the catalog reads the same.
 */
final class ShiftedViews {
    /** Where the generated rows hold their event time before the move (every Panther table has it). */
    private static final String EVENT_TIME = "p_event_time";

    private record PackedColumn(String name, String type, String comment) {}

    private ShiftedViews() {}

    /**
     * Views in {@code database} of each table of {@code packed} (an attached catalog), schema by schema.
     *
     * @param textTimes the times written as text of each table, by table name
     */
    static void create(Connection c, String packed, String database, Duration shift, Map<String, List<TextTime>> textTimes)
            throws SQLException {
        Map<String, Map<String, List<PackedColumn>>> tables = columns(c, packed);
        Map<String, String> tableComments = tableComments(c, packed);
        String interval = "to_microseconds(CAST(" + (shift.getSeconds() * 1_000_000 + shift.getNano() / 1_000) + " AS BIGINT))";
        try (Statement s = c.createStatement()) {
            for (Map.Entry<String, Map<String, List<PackedColumn>>> schema : tables.entrySet()) {
                String target = identifier(database) + "." + identifier(schema.getKey());
                s.execute("CREATE SCHEMA IF NOT EXISTS " + target);
                for (Map.Entry<String, List<PackedColumn>> table : schema.getValue().entrySet()) {
                    String view = target + "." + identifier(table.getKey());
                    String source = identifier(packed) + "." + identifier(schema.getKey()) + "." + identifier(table.getKey());
                    s.execute("CREATE VIEW " + view + " AS " + select(source, table.getValue(),
                            textTimes.getOrDefault(table.getKey(), List.of()), interval));
                    StringBuilder comments = new StringBuilder();
                    String comment = tableComments.get(schema.getKey() + "." + table.getKey());
                    if (comment != null) {
                        comments.append("COMMENT ON VIEW ").append(view).append(" IS ").append(string(comment)).append(";\n");
                    }
                    for (PackedColumn column : table.getValue()) {
                        if (column.comment() != null) {
                            comments.append("COMMENT ON COLUMN ").append(view).append('.').append(identifier(column.name()))
                                    .append(" IS ").append(string(column.comment())).append(";\n");
                        }
                    }
                    if (!comments.isEmpty()) {
                        s.execute(comments.toString());
                    }
                }
            }
        }
    }

    private static String select(String source, List<PackedColumn> columns, List<TextTime> textTimes, String interval) {
        List<String> replaced = new ArrayList<>();
        for (PackedColumn column : columns) {
            String name = identifier(column.name());
            if (column.type().startsWith("TIMESTAMP") || column.type().equals("DATE")) {
                replaced.add("CAST(" + name + " + " + interval + " AS " + column.type() + ") AS " + name);
                continue;
            }
            String value = name;
            for (TextTime time : textTimes) {
                if (time.column().equals(column.name())) {
                    value = time.shifted(value, column.type(), interval, identifier(EVENT_TIME));
                }
            }
            if (!value.equals(name)) {
                replaced.add(value + " AS " + name);
            }
        }
        return "SELECT *" + (replaced.isEmpty() ? "" : " REPLACE (" + String.join(", ", replaced) + ")") + " FROM " + source;
    }

    /** Schema to table to its columns in order, of every table of the catalog. */
    private static Map<String, Map<String, List<PackedColumn>>> columns(Connection c, String catalog) throws SQLException {
        Map<String, Map<String, List<PackedColumn>>> out = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT schema_name, table_name, column_name, data_type, comment "
                + "FROM duckdb_columns() WHERE database_name = ? ORDER BY schema_name, table_name, column_index")) {
            p.setString(1, catalog);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>()).computeIfAbsent(rs.getString(2),
                            k -> new ArrayList<>()).add(new PackedColumn(rs.getString(3), rs.getString(4), rs.getString(5)));
                }
            }
        }
        return out;
    }

    private static Map<String, String> tableComments(Connection c, String catalog) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (PreparedStatement p = c.prepareStatement("SELECT schema_name, table_name, comment FROM duckdb_tables() "
                + "WHERE database_name = ? AND comment IS NOT NULL")) {
            p.setString(1, catalog);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1) + "." + rs.getString(2), rs.getString(3));
                }
            }
        }
        return out;
    }
}
