package dev.pantherkernel.emulator.datalake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.util.RawValue;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RowWriterTest {
    private static DuckDb db;

    @BeforeAll
    static void open() {
        db = new DuckDb();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static List<String> rows(String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return new RowWriter().readAll(rs, () -> false).stream().map(RawValue::rawValue).map(String::valueOf).toList();
        }
    }

    @Test
    void scalarsAreWrittenAsJsonOfTheirType() throws Exception {
        assertEquals(List.of("{\"i\":-7,\"s\":3,\"b\":9223372036854775807,\"d\":0.25,\"f\":1.5,\"t\":true,\"v\":\"x\\\"y é \\n\"}"),
                rows("SELECT -7::INTEGER AS i, 3::SMALLINT AS s, 9223372036854775807::BIGINT AS b, 0.25::DOUBLE AS d, "
                        + "1.5::FLOAT AS f, true AS t, 'x\"y é ' || chr(10) AS v"));
    }

    @Test
    void nullsOfEveryTypeAreJsonNull() throws Exception {
        assertEquals(List.of("{\"i\":null,\"d\":null,\"t\":null,\"v\":null,\"ts\":null,\"l\":null}"),
                rows("SELECT NULL::BIGINT AS i, NULL::DOUBLE AS d, NULL::BOOLEAN AS t, NULL::VARCHAR AS v, "
                        + "NULL::TIMESTAMP AS ts, NULL::VARCHAR[] AS l"));
    }

    @Test
    void numbersThatAreNotFiniteAreWrittenAsSnowflakeWritesThem() throws Exception {
        assertEquals(List.of("{\"n\":\"NaN\",\"p\":\"Infinity\",\"m\":\"-Infinity\"}"),
                rows("SELECT 'nan'::DOUBLE AS n, 'inf'::DOUBLE AS p, '-inf'::DOUBLE AS m"));
    }

    @Test
    void timestampsAreWrittenWithMillisecondsAsSnowflakeShowsThem() throws Exception {
        assertEquals(List.of("{\"a\":\"2024-05-01 13:45:00.000\",\"b\":\"1999-12-31 23:59:59.123\",\"c\":\"0987-01-02 03:04:05.006\"}"),
                rows("SELECT TIMESTAMP '2024-05-01 13:45:00' AS a, TIMESTAMP '1999-12-31 23:59:59.123456' AS b, "
                        + "TIMESTAMP '0987-01-02 03:04:05.006' AS c"));
    }

    @Test
    void timestampsWithATimeZoneAreWrittenInUtcWithAZ() throws Exception {
        assertEquals(List.of("{\"z\":\"2024-05-01 11:45:00.000Z\"}"),
                rows("SELECT TIMESTAMPTZ '2024-05-01 13:45:00+02' AS z"));
    }

    @Test
    void nestedValuesAreJsonArraysAndObjects() throws Exception {
        assertEquals(List.of("{\"l\":[\"a\",null,\"b\"],\"s\":{\"k\":1,\"v\":[2.5]},\"dec\":12.50}"),
                rows("SELECT ['a', NULL, 'b'] AS l, {'k': 1, 'v': [2.5::DOUBLE]} AS s, 12.50::DECIMAL(4,2) AS dec"));
    }

    @Test
    void rowsKeepTheirOrder() throws Exception {
        assertEquals(List.of("{\"n\":0}", "{\"n\":1}", "{\"n\":2}"), rows("SELECT range AS n FROM range(3) ORDER BY n"));
    }
}
