package dev.pantherkernel.magics.datalake;

import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.datalake.sql.SqlLiterals;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.ReliabilityLog;
import dev.pantherkernel.magics.testing.Sessions;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import tech.tablesaw.api.Table;

import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import java.math.BigInteger;

/**
 * {@code {name}} substitution in data lake SQL, fuzzed: random strings (quotes, backslashes, unicode, newlines, no
 * NUL) written as SQL literals must come back exactly from DuckDB, both from DuckDB itself and through the whole
 * path (the emulator's SQL preparation, DuckDB, JSON pages, the typed table). Numbers keep their value and sign
 * wherever they are substituted.
 */
class SqlLiteralRoundTripTest {

    private static final ReliabilityLog LOG = new ReliabilityLog("fuzz-sql-literals");
    private static final AtomicInteger DIRECT = new AtomicInteger();
    private static final AtomicInteger THROUGH_PANTHER = new AtomicInteger();
    private static final AtomicInteger NUMBERS = new AtomicInteger();
    private static java.sql.Connection duckdb;
    private static Connection panther;

    @BeforeContainer
    static void open() throws SQLException {
        duckdb = DriverManager.getConnection("jdbc:duckdb:");
        panther = Sessions.demoToken(new RecordingHost()).connection();
    }

    @AfterContainer
    static void close() throws SQLException {
        duckdb.close();
        LOG.total("stringsThroughDuckDb", DIRECT.get());
        LOG.total("stringsThroughPanther", THROUGH_PANTHER.get());
        LOG.total("numbersAfterAMinus", NUMBERS.get());
        LOG.write();
    }

    @Property(tries = 2000)
    void aRandomStringComesBackExactlyFromDuckDb(@ForAll("text") String value) throws SQLException {
        assertThat(selectOne(SqlLiterals.of("s", value))).isEqualTo(value);
        DIRECT.incrementAndGet();
    }

    /** Ten strings per query, so that each try costs one data lake query. */
    @Property(tries = 30)
    void randomStringsComeBackExactlyThroughTheDataLake(@ForAll @Size(10) List<@From("text") String> values) {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < values.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("{s").append(i).append("} AS v").append(i);
        }
        DataLakeQuery query = DataLakeQuery.sql(panther, sql.toString()).host(new RecordingHost());
        for (int i = 0; i < values.size(); i++) {
            query = query.bind("s" + i, values.get(i));
        }

        Result result = query.fetch();

        Table table = result.table();
        assertThat(table.rowCount()).isEqualTo(1);
        List<String> back = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            back.add(table.stringColumn("v" + i).get(0));
        }
        assertThat(back).isEqualTo(values);
        THROUGH_PANTHER.addAndGet(values.size());
    }

    @Property(tries = 500)
    void aNumberSubstitutedAfterAMinusKeepsItsSign(@ForAll long number) throws SQLException {
        String sql = "0::HUGEINT -" + SqlLiterals.of("n", number);
        assertThat(selectOne("CAST(" + sql + " AS VARCHAR)")).as("SELECT %s", sql)
                .isEqualTo(BigInteger.valueOf(number).negate().toString());
        NUMBERS.incrementAndGet();
    }

    private static String selectOne(String expression) throws SQLException {
        try (Statement statement = duckdb.createStatement();
             ResultSet rows = statement.executeQuery("SELECT " + expression + " AS v")) {
            assertThat(rows.next()).isTrue();
            String value = rows.getString(1);
            assertThat(rows.next()).isFalse();
            return value;
        }
    }

    /** Strings of code points that SQL and JSON handle specially, plus any other character but NUL. */
    @Provide
    Arbitrary<String> text() {
        Arbitrary<Integer> special = Arbitraries.of((int) '\'', (int) '"', (int) '\\', (int) '\n', (int) '\r', (int) '\t',
                (int) '{', (int) '}', (int) ';', (int) '-', (int) '/', (int) '*', (int) '$', (int) '%', (int) '?',
                0x2028, 0xFEFF, 0x0301, 0x202E, 0x1F600);
        Arbitrary<Integer> codePoint = Arbitraries.frequencyOf(
                Tuple.of(5, special),
                Tuple.of(5, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(1, Arbitraries.integers().between(0x01, 0x1F)),
                Tuple.of(2, Arbitraries.integers().between(0x80, 0xD7FF)),
                Tuple.of(1, Arbitraries.integers().between(0xE000, 0xFFFD)),
                Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10FFFF)));
        return codePoint.list().ofMaxSize(40).map(points -> {
            StringBuilder out = new StringBuilder();
            points.forEach(out::appendCodePoint);
            return out.toString();
        });
    }
}
