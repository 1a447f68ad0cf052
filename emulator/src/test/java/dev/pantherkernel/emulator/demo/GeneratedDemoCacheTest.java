package dev.pantherkernel.emulator.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pantherkernel.emulator.datalake.DuckDb;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache of generated demos keeps one per settings and code: other settings or other code generate again, and a kept
 * demo that does not read back whole (a file cut short, a damaged file, a damaged manifest) is generated again.
 */
class GeneratedDemoCacheTest {
    private static final DemoSettings SMALL = new DemoSettings(9, 0.01, 2, Map.of());
    private static final Instant NOW = Instant.parse("2026-03-01T10:17:00Z");

    /** A cache holding the demo of {@link #SMALL}, generated once for the class: each test starts from a copy. */
    @TempDir
    static Path generatedOnce;

    @TempDir
    Path directory;

    @BeforeAll
    static void generateOnce() throws Exception {
        assertThat(load(new GeneratedDemoCache(generatedOnce, "code-a"), SMALL).fromCache()).isFalse();
    }

    @BeforeEach
    void copyWhatWasKept() throws IOException {
        try (Stream<Path> walk = Files.walk(generatedOnce)) {
            for (Path from : walk.toList()) {
                Path to = directory.resolve(generatedOnce.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static GeneratedDemoCache.Loaded load(GeneratedDemoCache in, DemoSettings settings) throws IOException, SQLException {
        try (DuckDb db = new DuckDb()) {
            GeneratedDemoCache.Loaded loaded = in.load(db, settings, NOW);
            assertThat(rows(db)).as("okta rows loaded").isPositive();
            return loaded;
        }
    }

    private static long rows(DuckDb db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM panther_logs.public.okta_systemlog")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private GeneratedDemoCache cacheOf(String fingerprint) {
        return new GeneratedDemoCache(directory, fingerprint);
    }

    @Test
    void theSameSettingsAndCodeLoadWhatWasKeptAndOtherSettingsOrCodeGenerateAgain() throws Exception {
        GeneratedDemoCache a = cacheOf("code-a");
        assertThat(a.holds(SMALL)).isTrue();
        assertThat(load(a, SMALL).fromCache()).isTrue();
        assertThat(load(a, SMALL).packedAt()).isEqualTo(DefaultDemo.PACKED_AT);
        assertThat(cacheOf("code-b").holds(SMALL)).as("other code").isFalse();
        assertThat(a.holds(new DemoSettings(9, 0.01, 2, Map.of("aws_vpcflow", 0.02)))).as("a table's own scale").isFalse();
        assertThat(a.holds(new DemoSettings(9, 0.01, 3, Map.of()))).as("other days").isFalse();
        assertThat(load(a, new DemoSettings(9, 0.01, 3, Map.of())).fromCache()).as("other days").isFalse();
        assertThat(a.holds(new DemoSettings(9, 0.01, 3, Map.of()))).as("other days, once generated").isTrue();
        assertThat(load(a, SMALL).fromCache()).as("the first is still kept").isTrue();
        try (Stream<Path> entries = Files.list(directory)) {
            assertThat(entries.filter(Files::isDirectory).map(p -> p.getFileName().toString()))
                    .as("no partial directory left").allMatch(name -> name.startsWith("generated-") && !name.contains(".partial"))
                    .hasSize(2);
        }
    }

    @Test
    void aKeptFileCutShortIsGeneratedAgain() throws Exception {
        GeneratedDemoCache a = cacheOf("code-a");
        Path logs = keptFile("panther_logs.duckdb");
        try (RandomAccessFile file = new RandomAccessFile(logs.toFile(), "rw")) {
            file.setLength(file.length() / 2);
        }
        assertThat(a.holds(SMALL)).isFalse();
        assertThat(load(a, SMALL).fromCache()).isFalse();
        assertThat(load(a, SMALL).fromCache()).isTrue();
    }

    @Test
    void aKeptFileDamagedInPlaceIsGeneratedAgain() throws Exception {
        GeneratedDemoCache a = cacheOf("code-a");
        Path logs = keptFile("panther_logs.duckdb");
        long size = Files.size(logs);
        try (RandomAccessFile file = new RandomAccessFile(logs.toFile(), "rw")) {
            file.write(new byte[8192]);
        }
        assertThat(Files.size(logs)).isEqualTo(size);
        assertThat(load(a, SMALL).fromCache()).isFalse();
        assertThat(load(a, SMALL).fromCache()).isTrue();
    }

    @Test
    void aDamagedManifestIsGeneratedAgain() throws Exception {
        GeneratedDemoCache a = cacheOf("code-a");
        Files.writeString(keptFile(PackManifest.NAME), "seed=nine\n", StandardCharsets.UTF_8);
        assertThat(load(a, SMALL).fromCache()).isFalse();
        assertThat(load(a, SMALL).fromCache()).isTrue();
    }

    private Path keptFile(String name) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            List<Path> found = walk.filter(p -> p.getFileName().toString().equals(name)).toList();
            assertThat(found).hasSize(1);
            return found.get(0);
        }
    }
}
