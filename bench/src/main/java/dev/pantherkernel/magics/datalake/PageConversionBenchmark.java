package dev.pantherkernel.magics.datalake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark 2: one 999-row results page, as the emulator sent it (the file named by {@code -Dpanther.page}), into
 * typed columns by the engine's reader, against plain Jackson over the same bytes: the token stream alone (the
 * floor), the token stream with every scalar's value read, and a databind tree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PageConversionBenchmark {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private byte[] page;
    private ColumnLayout layout;

    @Setup
    public void read() throws IOException {
        page = Files.readAllBytes(Path.of(System.getProperty("panther.page")));
        ResultsPage first = new ResultsPageReader("bench", null, 0).read(new ByteArrayInputStream(page));
        if (first.size() != DataLakeOperations.PAGE_SIZE) {
            throw new IllegalStateException("the sample page has " + first.size() + " rows, not a full page");
        }
        layout = first.rows().layout();
    }

    /** The engine: bytes to a page of typed column chunks (a page after the first: the layout is known). */
    @Benchmark
    public ResultsPage pageToColumns() throws IOException {
        return new ResultsPageReader("bench", layout, 0).read(new ByteArrayInputStream(page));
    }

    /** The engine's whole step: bytes to typed chunks, appended to Tablesaw columns. */
    @Benchmark
    public ResultTable pageToTable() throws IOException {
        ResultsPage read = new ResultsPageReader("bench", layout, 0).read(new ByteArrayInputStream(page));
        ResultTable table = ResultTable.like(read.rows());
        table.append(read.rows(), read.size());
        return table;
    }

    /** The floor: every token of the page, no value read. */
    @Benchmark
    public int jacksonTokens() throws IOException {
        int tokens = 0;
        try (JsonParser parser = FACTORY.createParser(new ByteArrayInputStream(page))) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }

    /** Every token, and every string and number decoded. */
    @Benchmark
    public void jacksonValues(Blackhole hole) throws IOException {
        try (JsonParser parser = FACTORY.createParser(new ByteArrayInputStream(page))) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case FIELD_NAME, VALUE_STRING -> hole.consume(parser.getText());
                    case VALUE_NUMBER_INT -> hole.consume(parser.getLongValue());
                    case VALUE_NUMBER_FLOAT -> hole.consume(parser.getDoubleValue());
                    default -> hole.consume(token);
                }
            }
        }
    }

    /** Jackson databind's tree of the page. */
    @Benchmark
    public JsonNode jacksonTree() throws IOException {
        return MAPPER.readTree(new ByteArrayInputStream(page));
    }
}
