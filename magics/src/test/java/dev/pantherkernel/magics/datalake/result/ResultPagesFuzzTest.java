package dev.pantherkernel.magics.datalake.result;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.table.ColumnKind;
import dev.pantherkernel.magics.table.ColumnSpec;
import dev.pantherkernel.magics.table.JsonRowsTableBuilder;
import dev.pantherkernel.magics.table.RowSink;
import dev.pantherkernel.magics.table.RowTableBuilder;
import dev.pantherkernel.magics.testing.ReliabilityLog;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import tech.tablesaw.api.Table;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import java.time.Instant;

/**
 * Random JSON into tables, fuzzed: data lake results pages (random column names and Snowflake types, rows with any
 * JSON values, missing and extra keys, several pages) and GraphQL rows (schema-typed columns and untyped JSON rows).
 * Each either becomes a table with exactly one row per row sent, or fails with a clear library error; never another
 * exception, never a row lost in silence, never a hang.
 */
class ResultPagesFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ReliabilityLog LOG = new ReliabilityLog("fuzz-result-pages");
    private static final ExecutorService WORKER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz-worker");
        t.setDaemon(true);
        return t;
    });
    private static final AtomicInteger PAGES_KEPT = new AtomicInteger();
    private static final AtomicInteger PAGES_REFUSED = new AtomicInteger();
    private static final AtomicInteger ROWS_KEPT = new AtomicInteger();
    private static final AtomicInteger GRAPHQL_KEPT = new AtomicInteger();
    private static final AtomicInteger GRAPHQL_REFUSED = new AtomicInteger();

    private static final List<String> TYPES = List.of("TIMESTAMP_NTZ", "TIMESTAMP_TZ", "VARCHAR", "NUMBER", "NUMBER(38,0)",
            "NUMBER(10,2)", "FLOAT", "BOOLEAN", "DATE", "TIME", "VARIANT", "ARRAY", "OBJECT", "BINARY", "");

    @AfterContainer
    static void write() {
        LOG.total("resultRunsKept", PAGES_KEPT.get());
        LOG.total("resultRunsRefusedClearly", PAGES_REFUSED.get());
        LOG.total("resultRowsKept", ROWS_KEPT.get());
        LOG.total("graphqlRowSetsKept", GRAPHQL_KEPT.get());
        LOG.total("graphqlRowSetsRefusedClearly", GRAPHQL_REFUSED.get());
        LOG.write();
    }

    /** One query's result as the reader sees it: a column layout and one to three pages of row objects. */
    record Result(List<String> keys, List<String> types, List<List<String>> pages) {
        int rows() {
            return pages.stream().mapToInt(List::size).sum();
        }
    }

    @Property(tries = 400)
    void resultPagesKeepEveryRowOrFailClearly(@ForAll("results") Result result) {
        Outcome<Table> outcome = bounded(() -> read(result));

        if (outcome.value() != null) {
            assertThat(outcome.value().rowCount()).as("rows in the table").isEqualTo(result.rows());
            assertThat(outcome.value().columnCount()).as("columns in the table").isEqualTo(result.keys().size());
            PAGES_KEPT.incrementAndGet();
            ROWS_KEPT.addAndGet(result.rows());
        } else {
            assertClear(outcome.failure());
            PAGES_REFUSED.incrementAndGet();
        }
    }

    @Property(tries = 400)
    void graphQLRowsKeepTheirCountOrFailClearly(@ForAll("specs") List<ColumnSpec> specs,
                                                @ForAll("rows") List<String> rows, @ForAll boolean untyped) {
        Outcome<Table> outcome = bounded(() -> {
            RowSink sink = untyped ? new JsonRowsTableBuilder("graphql") : new RowTableBuilder("graphql", specs);
            for (String row : rows) {
                sink.accept(JSON.readTree(row));
            }
            assertThat(sink.rowCount()).isEqualTo(rows.size());
            return sink.table();
        });

        if (outcome.value() != null) {
            assertThat(outcome.value().rowCount()).as("rows in the table from %s", rows).isEqualTo(rows.size());
            GRAPHQL_KEPT.incrementAndGet();
        } else {
            assertClear(outcome.failure());
            GRAPHQL_REFUSED.incrementAndGet();
        }
    }

    @Example
    void columnsWhoseNamesDifferOnlyInCaseAreBothKept() throws Exception {
        Table table = read(new Result(List.of("a", "A", " a "), List.of("NUMBER", "VARCHAR", "VARCHAR"),
                List.of(List.of("{\"a\":1,\"A\":\"x\",\" a \":\"y\"}"))));

        assertThat(table.columnNames()).containsExactly("a", "A_2", "a _2");
        assertThat(table.stringColumn("A_2").get(0)).isEqualTo("x");
    }

    @Example
    void epochSecondsBeyondAnyInstantAreAConversionErrorNamingRowAndColumn() {
        for (String number : List.of("1e30", "-4.4e127", "1e999999999")) {
            Outcome<Table> outcome = bounded(() -> read(new Result(List.of("t"), List.of("TIMESTAMP_NTZ"),
                    List.of(List.of("{\"t\":1}", "{\"t\":" + number + "}")))));

            assertThat(outcome.failure()).isInstanceOf(PantherException.class)
                    .hasMessageContaining("row 1, column t (TIMESTAMP_NTZ)").hasMessageContaining("out of range");
        }
    }

    @Example
    void epochSecondsWithAFractionFinerThanANanosecondAreReadQuickly() throws Exception {
        Outcome<Table> outcome = bounded(() -> read(new Result(List.of("t"), List.of("TIMESTAMP_NTZ"),
                List.of(List.of("{\"t\":1e-999999999}", "{\"t\":1714571100.0000000001}")))));

        assertThat(outcome.failure()).isNull();
        assertThat(outcome.value().instantColumn("t").asList())
                .containsExactly(Instant.EPOCH, Instant.parse("2024-05-01T13:45:00Z"));
    }

    @Example
    void jsonRowsThatAreEmptyObjectsAreAllKept() {
        JsonRowsTableBuilder rows = new JsonRowsTableBuilder("events");
        rows.accept(JSON.createObjectNode());
        rows.accept(JSON.createObjectNode());

        assertThat(rows.table().rowCount()).isEqualTo(2);
    }

    private static Table read(Result result) throws Exception {
        ResultTable table = null;
        ColumnLayout layout = null;
        long before = 0;
        for (int p = 0; p < result.pages().size(); p++) {
            String body = page(result, p);
            ResultsPage page = new ResultsPageReader("q1", layout, before)
                    .read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
            assertThat(page.size()).as("rows read from page %d", p + 1).isEqualTo(result.pages().get(p).size());
            layout = page.rows().layout();
            table = table == null ? ResultTable.like(page.rows()) : table;
            table.append(page.rows(), page.size());
            before += page.size();
        }
        return table.table("sql");
    }

    private static String page(Result result, int index) throws Exception {
        Map<String, Object> types = new LinkedHashMap<>();
        for (int i = 0; i < result.keys().size(); i++) {
            types.put(result.keys().get(i), result.types().get(i));
        }
        boolean last = index == result.pages().size() - 1;
        String columnInfo = JSON.writeValueAsString(Map.of("order", result.keys(), "types", types));
        StringBuilder edges = new StringBuilder();
        for (String row : result.pages().get(index)) {
            edges.append(edges.length() == 0 ? "" : ",").append("{\"node\":").append(row).append('}');
        }
        return "{\"data\":{\"dataLakeQuery\":{\"status\":\"succeeded\",\"message\":\"\",\"results\":{\"tryAgain\":false,"
                + "\"columnInfo\":" + columnInfo + ",\"stats\":{\"bytesScanned\":1,\"executionTime\":1,\"rowCount\":"
                + result.rows() + "},\"pageInfo\":{\"hasNextPage\":" + !last + ",\"endCursor\":"
                + (last ? "null" : "\"c" + index + "\"") + "},\"edges\":[" + edges + "]}}}}";
    }

    /** A library error with something to say; anything else is a crash. */
    private static void assertClear(Throwable failure) {
        if (!(failure instanceof PantherException)) {
            fail("not a clear error: " + failure, failure);
        }
        assertThat(failure.getMessage()).isNotBlank().doesNotContain("Exception");
    }

    record Outcome<T>(T value, Throwable failure) {
    }

    /** Runs the conversion with a time bound, so a value that makes it loop or grow without end fails the try. */
    private static <T> Outcome<T> bounded(Callable<T> work) {
        Future<T> future = WORKER.submit(work);
        try {
            return new Outcome<>(future.get(10, TimeUnit.SECONDS), null);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AssertionError assertion) {
                throw assertion;
            }
            return new Outcome<>(null, e.getCause());
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new AssertionError("the conversion took more than 10 s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    // ---- generators ----

    @Provide
    Arbitrary<Result> results() {
        Arbitrary<List<String>> keys = key().list().ofMinSize(1).ofMaxSize(6);
        return keys.flatMap(names -> {
            Arbitrary<List<String>> types = Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.of(TYPES)),
                    Tuple.of(1, Arbitraries.strings().ofMaxLength(12))).list().ofSize(names.size());
            Arbitrary<List<List<String>>> pages = row(names).list().ofMaxSize(8).list().ofMinSize(1).ofMaxSize(3);
            return Combinators.combine(types, pages).as((t, p) -> new Result(names, t, p));
        });
    }

    /** Columns as the planner makes them from a valid selection: at least one, each with a path into the row. */
    @Provide
    Arbitrary<List<ColumnSpec>> specs() {
        Arbitrary<List<String>> path = key().list().ofMinSize(1).ofMaxSize(3);
        return Combinators.combine(path, Arbitraries.of(ColumnKind.class)).as(ColumnSpec::of).list().ofMinSize(1).ofMaxSize(6)
                .uniqueElements(ColumnSpec::name);
    }

    @Provide
    Arbitrary<List<String>> rows() {
        return Arbitraries.frequencyOf(Tuple.of(8, row(List.of("id", "a", "A", "b.c"))), Tuple.of(1, value(1)))
                .list().ofMaxSize(8);
    }

    /** A row object with some of the columns (in any order), maybe others, now and then a non-object. */
    private static Arbitrary<String> row(List<String> columns) {
        Arbitrary<String> name = Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(columns)), Tuple.of(1, key()));
        Arbitrary<String> object = Combinators.combine(name, value(2)).as((k, v) -> quote(k) + ":" + v)
                .list().ofMaxSize(columns.size() + 2).map(fields -> "{" + String.join(",", fields) + "}");
        return Arbitraries.frequencyOf(Tuple.of(20, object), Tuple.of(1, Arbitraries.of("null", "1", "\"x\"", "[]")));
    }

    private static Arbitrary<String> key() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of("id", "ID", "Id", "a", "A", "n", "p_event_time", "", " ", "a.b", "a_2", "x\"y")),
                Tuple.of(2, Arbitraries.strings().ofMaxLength(8)));
    }

    private static Arbitrary<String> value(int depth) {
        Arbitrary<String> scalar = Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of("null", "true", "false", "0", "-0", "1.5", "1E+2", "-1e-7")),
                Tuple.of(3, Arbitraries.longs().map(String::valueOf)),
                Tuple.of(2, Arbitraries.doubles().map(d -> Double.isFinite(d) ? Double.toString(d) : "0")),
                Tuple.of(1, Arbitraries.of("123456789012345678901234567890", "1e308", "1e400", "-1e400", "1e999999999",
                        "-1e999999999", "1e-999999999", "9223372036854775808", "-9223372036854775809", "4.9e-324")),
                Tuple.of(3, Arbitraries.of("2024-05-01 13:45:00.000", "2024-05-01T13:45:00Z", "2024-05-01 13:45:00.123456789+02:00",
                        "2024-13-01 00:00:00", "2024-02-30 00:00:00", "0000-01-01 00:00:00", "1714571100.5", "99999999999",
                        "99999999999999999999999", "1e30", "2024-05-01", "NaN", "Infinity", "-Infinity", "TRUE", "false",
                        " 42 ", "12:30:00", "").map(ResultPagesFuzzTest::quote)),
                Tuple.of(2, Arbitraries.strings().ofMaxLength(12).map(ResultPagesFuzzTest::quote)));
        if (depth == 0) {
            return scalar;
        }
        Arbitrary<String> array = value(depth - 1).list().ofMaxSize(3).map(items -> "[" + String.join(",", items) + "]");
        Arbitrary<String> object = Combinators.combine(key(), value(depth - 1)).as((k, v) -> quote(k) + ":" + v)
                .list().ofMaxSize(3).map(fields -> "{" + String.join(",", fields) + "}");
        return Arbitraries.frequencyOf(Tuple.of(8, scalar), Tuple.of(1, array), Tuple.of(1, object));
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
