package dev.pantherkernel.emulator.demo;

import static dev.pantherkernel.emulator.datalake.sql.SqlLiterals.identifier;
import static dev.pantherkernel.emulator.datalake.sql.SqlLiterals.string;

import dev.pantherkernel.emulator.data.SampleDataLake;
import dev.pantherkernel.emulator.datalake.DuckDb;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.duckdb.DuckDBDriver;

/**
 * The build step that packs the default demo (Maven runs it after compiling, {@code process-classes}): generates the
 * sample data lake from the default seed at a fixed instant ({@link DefaultDemo#PACKED_AT}) with the same generator
 * the emulator runs at start for other sizes, and copies every database the generator made, whatever tables it holds,
 * into a DuckDB file of its own beside the classes, so that they go into the jar. An emulator that starts with the
 * default demo then loads these and moves them to the present instead of generating ({@link PackedDemo}).
 *
 * <p>The output depends only on the code, so when the emulator's classes are those that made the pack (their
 * fingerprint is in the manifest), nothing is done.
 *
 * <pre>{@code java -cp ... dev.pantherkernel.emulator.demo.DemoPack target/classes}</pre>
 */
public final class DemoPack {
    /** Where the pack goes, under the classes directory: beside {@link PackedDemo}, which reads it. */
    static final String DIRECTORY = PackedDemo.class.getPackageName().replace('.', '/');

    private DemoPack() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: DemoPack CLASSES_DIRECTORY");
            System.exit(2);
        }
        Path classes = Path.of(args[0]);
        long started = System.nanoTime();
        boolean packed = pack(classes);
        System.out.printf("DemoPack: the default demo %s in %d ms (%s)%n", packed ? "packed" : "was packed already",
                (System.nanoTime() - started) / 1_000_000, classes.resolve(DIRECTORY));
    }

    /** Packs the default demo under {@code classes} unless the pack there came from these classes; true when it packed. */
    static boolean pack(Path classes) throws IOException, SQLException {
        Path out = classes.resolve(DIRECTORY);
        String fingerprint = fingerprint(classes);
        Path manifestFile = out.resolve(PackManifest.NAME);
        if (Files.exists(manifestFile) && upToDate(manifestFile, out, fingerprint)) {
            return false;
        }
        Files.deleteIfExists(manifestFile);
        DemoSettings settings = DemoSettings.DEFAULT;
        Map<String, Long> databases = write(out, settings, DefaultDemo.PACKED_AT);
        new PackManifest(DefaultDemo.PACKED_AT, settings, fingerprint, databases).write(manifestFile);
        return true;
    }

    /**
     * Generates the sample data lake of {@code settings} ending at {@code packedAt} and writes every database the
     * generator made into a DuckDB file of its own in {@code out} ({@link PackManifest#fileName}).
     *
     * @return each database's name and the size of its file
     */
    static Map<String, Long> write(Path out, DemoSettings settings, Instant packedAt) throws IOException, SQLException {
        Files.createDirectories(out);
        Map<String, Long> databases = new LinkedHashMap<>();
        try (DuckDb db = new DuckDb()) {
            SampleDataLake.generate(db, settings.seed(), settings.scale(), settings.tableScales(), settings.days(), packedAt);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                for (String database : generatedDatabases(s)) {
                    Path file = out.resolve(PackManifest.fileName(database));
                    Files.deleteIfExists(file);
                    s.execute("ATTACH " + string(file.toString()) + " AS pack_out");
                    s.execute("COPY FROM DATABASE " + identifier(database) + " TO pack_out");
                    s.execute("DETACH pack_out");
                    databases.put(database, Files.size(file));
                }
            }
        }
        return databases;
    }

    /** The databases the generator attached: all but DuckDB's own and the in-memory home database. */
    private static List<String> generatedDatabases(Statement s) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT database_name FROM duckdb_databases() WHERE NOT internal "
                + "AND database_name NOT IN ('memory', 'temp', 'system') ORDER BY database_name")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static boolean upToDate(Path manifestFile, Path out, String fingerprint) throws IOException {
        PackManifest manifest;
        try (InputStream in = Files.newInputStream(manifestFile)) {
            manifest = PackManifest.read(in);
        }
        return manifest.fingerprint().equals(fingerprint) && manifest.filesIn(out);
    }

    /**
     * A digest of every class of the emulator (the generator and all it uses) and of the DuckDB version that ran it:
     * the same code makes the same data, so a pack with this fingerprint needs no packing again.
     */
    static String fingerprint(Path classes) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        digest.update(String.valueOf(DuckDBDriver.class.getPackage().getImplementationVersion()).getBytes(StandardCharsets.UTF_8));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        for (Path file : files) {
            digest.update(classes.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            try {
                digest.update(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
