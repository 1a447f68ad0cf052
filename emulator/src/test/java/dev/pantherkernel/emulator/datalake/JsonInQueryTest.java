package dev.pantherkernel.emulator.datalake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonInQueryTest {
    // numbers compared by value: DuckDB writes 12.5 where RowWriter writes 12.50
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static DuckDb db;

    @BeforeAll
    static void open() {
        db = new DuckDb();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Optional<String> wrapped(String sql) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement p = c.prepareStatement(sql)) {
            return JsonInQuery.wrap(sql, p.getMetaData());
        }
    }

    private static List<JsonNode> rows(String sql, boolean inQuery) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            List<RawValue> raw;
            if (inQuery) {
                try (ResultSet rs = s.executeQuery(wrapped(sql).orElseThrow())) {
                    raw = JsonInQuery.readAll(rs, () -> false);
                }
            } else {
                try (ResultSet rs = s.executeQuery(sql)) {
                    raw = new RowWriter().readAll(rs, () -> false);
                }
            }
            List<JsonNode> out = new ArrayList<>();
            for (RawValue row : raw) {
                JsonNode node = JSON.readTree(row.rawValue().toString());
                out.add(normalized(node));
            }
            return out;
        }
    }

    /** Decimal numbers as their value without trailing zeros, so 12.50 and 12.5 compare equal. */
    private static JsonNode normalized(JsonNode node) throws Exception {
        return JSON.readTree(JSON.writeValueAsString(node).replaceAll("(\\d\\.\\d*?)0+([,}\\]])", "$1$2")
                .replaceAll("(\\d)\\.([,}\\]])", "$1$2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT range AS id, range * 7 AS n7, range / 3.0 AS third, range % 2 = 0 AS even, 'user-' || (range % 5) AS \"user\", "
                + "TIMESTAMP '2024-01-01' + to_seconds(range) + INTERVAL 1234 MICROSECONDS AS at, (range % 1000)::DOUBLE / 7 AS score, "
                + "['10.0.' || (range % 256) || '.1', NULL] AS ips, 'event \"' || range || '\" é \\ ' || chr(10) AS message FROM range(3000) ORDER BY id DESC",
        "SELECT NULL::BIGINT AS i, NULL::DOUBLE AS d, NULL::BOOLEAN AS t, NULL::VARCHAR AS v, NULL::TIMESTAMP AS ts, NULL::VARCHAR[] AS l",
        "SELECT 'nan'::DOUBLE AS n, 'inf'::DOUBLE AS p, '-inf'::DOUBLE AS m, 1e300::DOUBLE AS big, 1.5e-7::DOUBLE AS small, -0.0::DOUBLE AS z",
        "SELECT TIMESTAMP '0001-01-01 00:00:00' AS a, TIMESTAMP '9999-12-31 23:59:59.999999' AS b, TIMESTAMP '0987-01-02 03:04:05.006' AS c",
        "SELECT 12.50::DECIMAL(4,2) AS dec, 5.00::DECIMAL(10,2) AS whole, 18446744073709551615::UBIGINT AS u, [1, 2]::INTEGER[] AS li, [true] AS lb",
        "SELECT 1 AS \"with \"\"quote\"\" and 'apostrophe'\", 2 AS \"two words\" -- a comment at the end",
    })
    void duckDbWritesTheSameRowsAsRowWriter(String sql) throws Exception {
        assertThat(wrapped(sql)).isPresent();
        assertThat(rows(sql, true)).isEqualTo(rows(sql, false));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT 0.1::FLOAT AS f",
        "SELECT {'k': 1} AS s",
        "SELECT MAP {'k': 1} AS m",
        "SELECT [0.5::DOUBLE] AS l",
        "SELECT TIMESTAMPTZ '2024-05-01 13:45:00+02' AS z",
        "SELECT 1 AS a, 2 AS A",
        "SELECT 'x'::BLOB AS b",
    })
    void resultsWithOtherTypesOrSharedNamesAreLeftToRowWriter(String sql) throws Exception {
        assertThat(wrapped(sql)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT TIMESTAMP '10000-01-01' AS far", "SELECT 'infinity'::TIMESTAMP AS forever"})
    void aTimestampOutsideTheYearsOneToNineThousandStopsTheWrappedQuery(String sql) throws Exception {
        assertThat(wrapped(sql)).isPresent();
        assertThatThrownBy(() -> rows(sql, true)).isInstanceOf(SQLException.class).hasMessageContaining("outside the years");
        assertThat(rows(sql, false)).hasSize(1);
    }
}
