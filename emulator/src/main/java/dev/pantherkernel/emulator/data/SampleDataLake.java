package dev.pantherkernel.emulator.data;

import static dev.pantherkernel.emulator.datalake.SqlLiterals.identifier;
import static dev.pantherkernel.emulator.datalake.SqlLiterals.list;
import static dev.pantherkernel.emulator.datalake.SqlLiterals.string;
import static dev.pantherkernel.emulator.datalake.SqlLiterals.timestamp;

import dev.pantherkernel.emulator.datalake.DuckDb;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import dev.pantherkernel.emulator.datalake.SnowflakeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Fills DuckDB with the sample data lake: {@code panther_logs.public} log tables generated from the
 * seed, and empty {@code panther_rule_matches.public} tables of the same shape for the detections to
 * fill. DuckDB does the generating (hash-based randomness over {@code range(n)}), which is both fast
 * and the same for the same seed.
 */
public final class SampleDataLake {
    public static final String LOGS = "panther_logs";
    public static final String MATCHES = "panther_rule_matches";
    /** Rows per log table at scale 1. */
    public static final long ROWS_AT_SCALE_1 = 50_000;

    public static final String LOOKUPS = LookupTables.DATABASE;

    static final List<LogTable> TABLES = List.of(new AwsCloudTrail(), new OktaSystemLog(), new AwsVpcFlow(), new CrowdStrikeFdrEvent(),
            new CrowdStrikeAidMaster());

    /** Relative weight of each UTC hour: quiet nights, busy European and American working hours. */
    private static final int[] HOUR_WEIGHTS = {1, 1, 1, 1, 1, 1, 1, 2, 3, 3, 3, 3, 4, 5, 6, 6, 6, 6, 6, 5, 4, 3, 2, 1};

    private SampleDataLake() {}

    /**
     * Generates the whole sample data lake for data ending at {@code anchor}: the log tables, then the rule matches of
     * the detections over them. Every database and table it makes is what the packed demo holds ({@code demo.DemoPack}
     * copies them all, whatever they are).
     *
     * @return the story the data tells
     */
    public static Story generate(DuckDb db, long seed, double scale, Map<String, Double> tableScales, int days, Instant anchor)
            throws SQLException {
        List<Employee> staff = Employee.staff(seed);
        Story story = Story.of(anchor, staff);
        load(db, seed, scale, tableScales, days, anchor, staff, story);
        SampleAlerts.fillMatches(db, seed, anchor);
        return story;
    }

    /** Each log table's times written as text ({@link LogTable#textTimes()}), by table name (the matches tables share it). */
    public static Map<String, List<TextTime>> textTimes() {
        return TABLES.stream().collect(Collectors.toMap(LogTable::name, LogTable::textTimes));
    }

    static void load(DuckDb db, long seed, double scale, Map<String, Double> tableScales, int days,
            Instant anchor, List<Employee> staff, Story story)
            throws SQLException {
        for (String database : List.of(LOGS, MATCHES)) {
            db.execute("ATTACH ':memory:' AS " + database, "CREATE SCHEMA " + database + ".public");
        }
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            LookupTables.load(s, anchor);
        }
        List<String> macros = generatorMacros(seed, days, anchor, staff);
        List<Callable<Void>> loads = new ArrayList<>();
        for (LogTable table : TABLES) {
            long rows = Math.round(ROWS_AT_SCALE_1 * tableScales.getOrDefault(table.name(), scale * table.rowShare()));
            loads.add(() -> {
                loadTable(db, table, macros, rows, story, SampleSources.sourceId(seed, table.name()));
                return null;
            });
        }
        // one connection per table, in parallel: generating is CPU-bound and the tables are independent
        Parallel.all(loads);
    }

    private static void loadTable(DuckDb db, LogTable table, List<String> macros, long rows, Story story, String sourceId)
            throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String macro : macros) {
                s.execute(macro);
            }
            // raw rows first, sorted narrow: the wide projection then keeps that order without a sort of its own
            // a source that went quiet delivered nothing after it did; the story's own rows all lie before
            String random = table.silencedAt(story).map(t -> "SELECT * FROM (" + table.randomRaw(rows) + ") WHERE ts < " + timestamp(t))
                    .orElse(table.randomRaw(rows));
            s.execute("CREATE TEMP TABLE raw AS SELECT * FROM (" + random + " UNION ALL BY NAME "
                    + table.storyRaw(story, rows) + ") ORDER BY ts, i");
            s.execute(createTable(table, sourceId));
            s.execute("DROP TABLE raw");
            for (String comment : comments(table)) {
                s.execute(comment);
            }
            s.execute(("CREATE TABLE %s.public.%s AS SELECT *, NULL::VARCHAR AS p_alert_id, NULL::VARCHAR AS p_rule_id, "
                    + "NULL::VARCHAR AS p_rule_severity, NULL::TIMESTAMP AS p_alert_creation_time, "
                    + "NULL::TIMESTAMP AS p_alert_update_time FROM %s.public.%s LIMIT 0").formatted(MATCHES, table.name(),
                    LOGS, table.name()));
            s.execute("COMMENT ON TABLE %s.public.%s IS %s".formatted(MATCHES, table.name(),
                    string(table.logType() + " events that matched a detection")));
        }
    }

    /** Table name to its Panther log type, for every database (the matches tables share the log tables' names). */
    public static Map<String, String> logTypesByTable() {
        Map<String, String> out = new LinkedHashMap<>(TABLES.stream().collect(Collectors.toMap(LogTable::name, LogTable::logType)));
        out.putAll(LookupTables.logTypes());
        return out;
    }

    /** Each table's headline SQL (what one event was, in a line), for summaries of alerts. */
    public static Map<String, String> headlines() {
        return TABLES.stream().collect(Collectors.toMap(LogTable::name, LogTable::headline));
    }

    public static List<String> tableNames() {
        return TABLES.stream().map(LogTable::name).toList();
    }

    /**
     * Helper macros for generating: uniform numbers, picks from lists and event times with a daily
     * rhythm, all from hashes of (row number, seed, salt). TEMP, so they vanish with this connection.
     */
    private static List<String> generatorMacros(long seed, int days, Instant anchor, List<Employee> staff) {
        String hours = IntStream.range(0, 24)
                .mapToObj(h -> IntStream.range(0, HOUR_WEIGHTS[h]).mapToObj(x -> Integer.toString(h)))
                .flatMap(x -> x)
                .collect(Collectors.joining(", ", "[", "]"));
        String a = timestamp(anchor);
        List<String> macros = new ArrayList<>(LookupTables.enrichmentMacros());
        macros.addAll(List.of(
                "CREATE TEMP MACRO gen_u(i, salt) AS CAST(hash(i, %d, salt) %% 1000000007 AS DOUBLE) / 1000000007.0".formatted(seed),
                "CREATE TEMP MACRO gen_k(i, salt, n) AS CAST(hash(i, %d, salt) %% CAST(n AS UBIGINT) AS BIGINT)".formatted(seed),
                "CREATE TEMP MACRO gen_pick(choices, i, salt) AS choices[1 + gen_k(i, salt, len(choices))]",
                ("CREATE TEMP MACRO gen_day_time(i, salt) AS date_trunc('day', %s) - to_days(CAST(gen_k(i, salt || 'd', %d) AS INTEGER))"
                        + " + to_hours(CAST(gen_pick(%s, i, salt || 'h') AS BIGINT)) + to_seconds(gen_k(i, salt || 's', 3600))")
                        .formatted(a, days, hours),
                // the instant the data ends at: nothing, not even the parsing of an event, happens after it
                "CREATE TEMP MACRO gen_anchor() AS %s".formatted(a),
                // today's hours after the anchor move back a day, so no event lies in the future
                "CREATE TEMP MACRO gen_time(i, salt) AS CASE WHEN gen_day_time(i, salt) > %s THEN gen_day_time(i, salt) - INTERVAL 1 DAY ELSE gen_day_time(i, salt) END"
                        .formatted(a),
                ("CREATE TEMP MACRO gen_uuid(i, salt) AS regexp_replace(md5(concat_ws('|', %d, salt, i)), "
                        + "'^(.{8})(.{4})(.{4})(.{4})(.{12})$', '\\1-\\2-\\3-\\4-\\5')").formatted(seed),
                "CREATE TEMP MACRO gen_staff_email(k) AS %s[k + 1]".formatted(list(staff.stream().map(Employee::email).toList())),
                "CREATE TEMP MACRO gen_staff_name(k) AS %s[k + 1]".formatted(list(staff.stream().map(Employee::displayName).toList())),
                "CREATE TEMP MACRO gen_staff_count() AS %d".formatted(staff.size()),
                // a JSON value without null members (Panther leaves absent keys out of the events it stores)
                "CREATE TEMP MACRO gen_json(x) AS json_merge_patch('{}', to_json(x))",
                // an indicator column: the distinct values in the order found, NULL when there are none
                "CREATE TEMP MACRO gen_any(l) AS CASE WHEN len(list_filter(l, x -> x IS NOT NULL AND x <> '')) = 0 THEN NULL "
                        + "ELSE to_json(list_filter(l, (x, i) -> x IS NOT NULL AND x <> '' AND list_position(l, x) = i)) END"));
        return macros;
    }

    private static String createTable(LogTable table, String sourceId) {
        List<String> fields = new ArrayList<>();
        for (Field f : table.fields()) {
            fields.add("CAST(" + f.sql() + " AS " + f.type().duckDbType() + ") AS " + identifier(f.name()));
        }
        List<String> anyColumns = new ArrayList<>();
        for (String any : StandardFields.ANY_FIELDS) {
            String values = table.indicators().get(any);
            anyColumns.add((values == null ? "CAST(NULL AS JSON)" : "gen_any(" + values + ")") + " AS " + any);
        }
        return """
            CREATE TABLE %s.public.%s AS
            WITH base AS (SELECT *%s FROM raw),
            proj AS (SELECT i AS gen_i,
                   %s
                   FROM base)
            SELECT * EXCLUDE (gen_i),
                   %s AS p_event_time,
                   least(%s + to_seconds(5 + gen_k(gen_i, 'parse', 115)), gen_anchor()) AS p_parse_time,
                   %s AS p_log_type,
                   md5(concat_ws('|', 'row', %s, gen_i)) AS p_row_id,
                   CAST(0 AS BIGINT) AS p_schema_version,
                   %s AS p_source_id,
                   %s AS p_source_label,
                   %s,
                   %s AS p_enrichment
            FROM proj
            """.formatted(LOGS, table.name(), table.helpers().stream().map(h -> ", " + h).collect(Collectors.joining()),
                String.join(",\n       ", fields),
                table.eventTime(), table.eventTime(), string(table.logType()), string(table.name()),
                string(sourceId), string(table.sourceLabel()), String.join(",\n       ", anyColumns),
                table.enrichmentSelectors().isEmpty() ? "CAST(NULL AS JSON)" : LookupTables.enrichment(table.enrichmentSelectors()));
    }

    /** Each table's columns (Panther's schema fields, then the standard fields) with their Snowflake types. */
    public static Map<String, Map<String, SnowflakeType>> columnTypes() {
        Map<String, Map<String, SnowflakeType>> out = new LinkedHashMap<>();
        for (LogTable table : TABLES) {
            Map<String, SnowflakeType> columns = new LinkedHashMap<>();
            table.fields().forEach(f -> columns.put(f.name(), f.type()));
            columns.putAll(StandardFields.TYPES);
            columns.put(StandardFields.ENRICHMENT, SnowflakeType.OBJECT);
            out.put(table.name(), columns);
        }
        out.putAll(LookupTables.columnTypes());
        return out;
    }

    private static List<String> comments(LogTable table) {
        List<String> out = new ArrayList<>();
        out.add("COMMENT ON TABLE %s.public.%s IS %s".formatted(LOGS, table.name(), string(table.description())));
        for (Field f : table.fields()) {
            out.add("COMMENT ON COLUMN %s.public.%s.%s IS %s".formatted(LOGS, table.name(), identifier(f.name()),
                    string(f.description())));
        }
        out.add("COMMENT ON COLUMN %s.public.%s.%s IS %s".formatted(LOGS, table.name(), StandardFields.ENRICHMENT,
                string("What Panther's enrichment tables know of the event's addresses: table, then field, then the matched row")));
        for (Map.Entry<String, String> field : StandardFields.DESCRIPTIONS.entrySet()) {
            out.add("COMMENT ON COLUMN %s.public.%s.%s IS %s".formatted(LOGS, table.name(), identifier(field.getKey()),
                    string(field.getValue())));
        }
        return out;
    }
}
