package dev.pantherkernel.magics.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reliability suite actually ran, written to {@code target/reliability/SUITE.json} for
 * {@code reliability/run.sh} to turn into the tables of RELIABILITY.md. A row is added only after the test's
 * assertions passed, so the figures count what held, not what was attempted.
 */
public final class ReliabilityLog {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Path DIRECTORY = Path.of("target", "reliability");

    private final String suite;
    private final List<Map<String, Object>> rows = new ArrayList<>();
    private final Map<String, Object> totals = new LinkedHashMap<>();

    public ReliabilityLog(String suite) {
        this.suite = suite;
    }

    public synchronized void row(Map<String, Object> row) {
        rows.add(new LinkedHashMap<>(row));
    }

    public synchronized void total(String name, Object value) {
        totals.put(name, value);
    }

    public synchronized int rowCount() {
        return rows.size();
    }

    /** Writes the file, replacing the one of an earlier run. */
    public synchronized void write() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("suite", suite);
        out.put("totals", totals);
        out.put("rows", rows);
        try {
            Files.createDirectories(DIRECTORY);
            JSON.writeValue(DIRECTORY.resolve(suite + ".json").toFile(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
