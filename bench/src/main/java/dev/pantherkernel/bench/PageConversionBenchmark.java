package dev.pantherkernel.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantherkernel.magics.datalake.job.DataLakeSteps;
import dev.pantherkernel.magics.datalake.result.PageConversion;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tech.tablesaw.api.Table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Benchmark 2: the first {@value #PAGES} results pages of the 10-column query, as the emulator sent them (the files in
 * the directory named by {@code -Dpanther.pages}), into typed columns and into a Table by the engine, against plain
 * Jackson over the same bytes: the token stream alone (the floor), the token stream with every scalar's value read,
 * and a databind tree. Every figure is per page (each invocation takes all the pages).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PageConversionBenchmark {

    static final int PAGES = 100;

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<byte[]> pages = new ArrayList<>();
    /** Holds the first page: each page read alone takes its columns from it. */
    private PageConversion alone;

    @Setup
    public void read() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("panther.pages")))) {
            for (Path file : files.sorted().toList()) {
                pages.add(Files.readAllBytes(file));
            }
        }
        if (pages.size() != PAGES) {
            throw new IllegalStateException("expected " + PAGES + " sample pages, found " + pages.size());
        }
        alone = new PageConversion("bench");
        int rows = alone.add(pages.get(0));
        if (rows != DataLakeSteps.PAGE_SIZE) {
            throw new IllegalStateException("the sample page has " + rows + " rows, not a full page");
        }
    }

    /** The engine's reader alone: each page into typed column chunks, on its own (texts into a dictionary of its own). */
    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void pageToColumns(Blackhole hole) throws IOException {
        for (byte[] page : pages) {
            hole.consume(alone.readAlone(page));
        }
    }

    /** The engine's whole way, as paging takes it: every page read into the result in turn, then its Table made. */
    @Benchmark
    @OperationsPerInvocation(PAGES)
    public Table pagesToTable() throws IOException {
        PageConversion table = new PageConversion("bench");
        for (byte[] page : pages) {
            table.add(page);
        }
        return table.table("bench");
    }

    /** The floor: every token of every page, no value read. */
    @Benchmark
    @OperationsPerInvocation(PAGES)
    public int jacksonTokens() throws IOException {
        int tokens = 0;
        for (byte[] page : pages) {
            try (JsonParser parser = FACTORY.createParser(new ByteArrayInputStream(page))) {
                while (parser.nextToken() != null) {
                    tokens++;
                }
            }
        }
        return tokens;
    }

    /** Every token, and every string and number decoded. */
    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void jacksonValues(Blackhole hole) throws IOException {
        for (byte[] page : pages) {
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
    }

    /** Jackson databind's tree of each page. */
    @Benchmark
    @OperationsPerInvocation(PAGES)
    public void jacksonTree(Blackhole hole) throws IOException {
        for (byte[] page : pages) {
            hole.consume(MAPPER.readTree(new ByteArrayInputStream(page)));
        }
    }
}
