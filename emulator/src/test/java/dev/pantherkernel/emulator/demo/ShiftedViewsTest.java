package dev.pantherkernel.emulator.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pantherkernel.emulator.datalake.DuckDb;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packed demo's tables as views moved in time: every timestamp column moves by the shift, and every time written
 * as text (inside JSON, in an S3 key, in an ARN) moves with its event, in every table the pack holds, whatever it is.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShiftedViewsTest {
    private static final Duration SHIFT = Duration.ofDays(333).plusHours(7).plusMinutes(13);
    /** Dates written as text, in each form the generators write them, with the format to read them back. */
    private static final Map<String, String> DATE_TEXTS = Map.of(
            "[0-9]{4}-[0-9]{2}-[0-9]{2}", "%Y-%m-%d",
            "[0-9]{4}/[0-9]{2}/[0-9]{2}", "%Y/%m/%d",
            "[A-Z][a-z]{2} [0-9]{1,2}, [0-9]{4}", "%b %-d, %Y");

    @TempDir
    static Path cache;

    private final PackedDemo pack = PackedDemo.inThisJar().orElseThrow();
    private DuckDb asPacked;
    private DuckDb shifted;

    @BeforeAll
    void load() throws SQLException {
        asPacked = new DuckDb();
        pack.load(asPacked, cache, Duration.ZERO);
        shifted = new DuckDb();
        pack.load(shifted, cache, SHIFT);
    }

    @AfterAll
    void close() {
        asPacked.close();
        shifted.close();
    }

    private record Column(String table, String name, String type) {}

    @Test
    void everyTimestampColumnOfEveryTableMovesByTheShift() throws SQLException {
        List<Column> times = columns(shifted, "data_type LIKE 'TIMESTAMP%' OR data_type = 'DATE'");
        assertThat(times).extracting(Column::name).contains("p_event_time", "p_parse_time", "eventTime", "published", "start", "end",
                "p_alert_creation_time", "p_alert_update_time");
        for (Column column : times) {
            String sql = "SELECT min(%s), max(%s), count(%s) FROM %s".formatted(quoted(column.name()), quoted(column.name()),
                    quoted(column.name()), column.table());
            List<Object> before = row(asPacked, sql);
            List<Object> after = row(shifted, sql);
            assertThat(after.get(2)).as(column.toString()).isEqualTo(before.get(2));
            if (before.get(0) != null) {
                assertThat(after.get(0)).as(column.toString()).isEqualTo(((LocalDateTime) before.get(0)).plus(SHIFT));
                assertThat(after.get(1)).as(column.toString()).isEqualTo(((LocalDateTime) before.get(1)).plus(SHIFT));
            }
        }
    }

    /**
     * Dates in text within the data's span (constants such as an API version, {@code 2012-10-17}, are older): none is
     * left in the span the pack had, and each one is the day of its event or next to it.
     */
    @Test
    void everyTimeWrittenAsTextMovesWithItsEvent() throws SQLException {
        String packedSpan = span(DefaultDemo.PACKED_AT);
        String shiftedSpan = span(DefaultDemo.PACKED_AT.plus(SHIFT));
        long found = 0;
        for (Column column : columns(shifted, "data_type IN ('VARCHAR', 'JSON')")) {
            for (Map.Entry<String, String> form : DATE_TEXTS.entrySet()) {
                String dates = "SELECT p_event_time, CAST(strptime(d, '%s') AS DATE) AS d FROM (SELECT p_event_time, "
                        + "unnest(regexp_extract_all(CAST(%s AS VARCHAR), '%s')) AS d FROM %s)";
                String check = ("SELECT count(*) FILTER (WHERE %s), count(*) FILTER (WHERE %s), count(*) FILTER (WHERE %s AND "
                        + "abs(date_diff('day', d, CAST(p_event_time AS DATE))) > 1) FROM (%s)").formatted(packedSpan, shiftedSpan,
                        shiftedSpan, dates.formatted(form.getValue(), quoted(column.name()), form.getKey(), column.table()));
                List<Object> counts = row(shifted, check);
                String where = column.table() + "." + column.name();
                assertThat(counts.get(0)).as("dates in %s left where the pack had them", where).isEqualTo(0L);
                assertThat(counts.get(2)).as("dates in %s far from their event", where).isEqualTo(0L);
                found += (Long) counts.get(1);
            }
        }
        // the check above found what it checks: S3 keys, ARNs, session creation dates, IAM's createDate ...
        assertThat(found).isGreaterThan(10_000);
    }

    /** SQL: the date {@code d} lies in the days the data spans when it ends at {@code end}, with a margin. */
    private static String span(Instant end) {
        LocalDate last = end.atOffset(ZoneOffset.UTC).toLocalDate();
        return "d BETWEEN DATE '%s' AND DATE '%s'".formatted(last.minusDays(DefaultDemo.DAYS + 10), last.plusDays(1));
    }

    @Test
    void theViewsKeepTheCommentsAndTheOrderOfColumns() throws SQLException {
        String sql = "SELECT table_name, column_name, data_type, comment FROM duckdb_columns() WHERE database_name = '%s' "
                + "ORDER BY table_name, column_index";
        assertThat(rows(shifted, sql.formatted("panther_logs"))).isEqualTo(rows(shifted, sql.formatted("packed_panther_logs")))
                .hasSizeGreaterThan(100);
        assertThat(rows(shifted, "SELECT view_name, comment FROM duckdb_views() WHERE database_name = 'panther_logs' ORDER BY 1"))
                .isEqualTo(rows(shifted, "SELECT table_name, comment FROM duckdb_tables() WHERE database_name = 'packed_panther_logs' "
                        + "ORDER BY 1"));
    }

    private static List<Column> columns(DuckDb db, String where) throws SQLException {
        List<Column> out = new ArrayList<>();
        for (List<Object> r : rows(db, "SELECT database_name || '.' || schema_name || '.' || table_name, column_name, data_type "
                + "FROM duckdb_columns() WHERE database_name IN ('panther_logs', 'panther_rule_matches', 'panther_lookups') AND (" + where + ") "
                + "ORDER BY 1, column_index")) {
            out.add(new Column((String) r.get(0), (String) r.get(1), (String) r.get(2)));
        }
        return out;
    }

    private static String quoted(String name) {
        return "\"" + name + "\"";
    }

    private static List<Object> row(DuckDb db, String sql) throws SQLException {
        return rows(db, sql).get(0);
    }

    private static List<List<Object>> rows(DuckDb db, String sql) throws SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    Object value = rs.getObject(i);
                    row.add(value instanceof Timestamp t ? t.toLocalDateTime() : value);
                }
                out.add(row);
            }
        }
        return out;
    }
}
