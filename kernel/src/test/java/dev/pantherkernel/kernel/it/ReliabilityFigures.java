package dev.pantherkernel.kernel.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures an integration test measured, for RELIABILITY.md: {@code target/reliability/NAME.json} with totals and
 * one row per case, written by the test once its assertions held (reliability/run.sh reads them).
 */
final class ReliabilityFigures {

    private final String name;
    private final Map<String, Object> totals = new LinkedHashMap<>();
    private final List<Map<String, Object>> rows = new ArrayList<>();

    ReliabilityFigures(String name) {
        this.name = name;
    }

    synchronized ReliabilityFigures total(String key, Object value) {
        totals.put(key, value);
        return this;
    }

    synchronized void row(Map<String, Object> row) {
        rows.add(new LinkedHashMap<>(row));
    }

    synchronized void save() throws IOException {
        Path file = Path.of("target", "reliability", name + ".json");
        Files.createDirectories(file.getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(file.toFile(), Map.of("suite", name, "totals", totals, "rows", rows));
    }
}
