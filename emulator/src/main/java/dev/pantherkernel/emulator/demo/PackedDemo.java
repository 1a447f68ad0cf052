package dev.pantherkernel.emulator.demo;

import static dev.pantherkernel.emulator.datalake.sql.SqlLiterals.identifier;
import static dev.pantherkernel.emulator.datalake.sql.SqlLiterals.string;

import dev.pantherkernel.emulator.data.SampleDataLake;
import dev.pantherkernel.emulator.datalake.DuckDb;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The default demo's data lake as the build packed it ({@link DemoPack}), in this jar: its databases are attached
 * read-only and every table becomes a view moved in time by one shift ({@link ShiftedViews}), so that an emulator with
 * the default demo starts in a fraction of a second instead of generating for several. The database files are read
 * from a cache directory, extracted there from the jar the first time (DuckDB opens files, not jar entries).
 */
public final class PackedDemo {
    /** The attached packed database of {@code name} is {@code packed_NAME}: a name no query of a user reaches. */
    private static final String PACKED_PREFIX = "packed_";

    private final PackManifest manifest;

    private PackedDemo(PackManifest manifest) {
        this.manifest = manifest;
    }

    /** The pack this jar holds; empty when it holds none (a build that skipped packing). */
    public static Optional<PackedDemo> inThisJar() {
        try (InputStream in = PackedDemo.class.getResourceAsStream(PackManifest.NAME)) {
            return in == null ? Optional.empty() : Optional.of(new PackedDemo(PackManifest.read(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the packed demo's manifest", e);
        }
    }

    /** Whether this pack is the data of these generator settings. */
    public boolean holds(DemoSettings settings) {
        return manifest.settings().equals(settings);
    }

    /** The digest of the emulator's code that generated this pack ({@link DemoPack#fingerprint}). */
    public String fingerprint() {
        return manifest.fingerprint();
    }

    /** The instant the packed data ends at, as generated. */
    public Instant packedAt() {
        return manifest.packedAt();
    }

    /**
     * Attaches the packed databases to {@code db} as views of each table moved by {@code shift}, under the names the
     * generator gave them, reading the files from {@code cacheDirectory} (extracted there first when missing).
     *
     * @return what to close after {@code db}: removes the files when they could not be kept in the cache directory
     */
    public AutoCloseable load(DuckDb db, Path cacheDirectory, Duration shift) throws SQLException {
        PackFiles files = PackFiles.extracted(cacheDirectory, manifest);
        try {
            attach(db, manifest, files.directory(), shift);
        } catch (SQLException e) {
            files.close();
            throw e;
        }
        return files;
    }

    /**
     * Attaches the databases of {@code manifest}, whose files are in {@code directory}, to {@code db} read-only as
     * {@code packed_NAME}, with a view moved by {@code shift} of each of their tables under the name the generator gave
     * it.
     */
    static void attach(DuckDb db, PackManifest manifest, Path directory, Duration shift) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String database : manifest.databases().keySet().stream().sorted().toList()) {
                String packed = PACKED_PREFIX + database;
                s.execute("ATTACH " + string(directory.resolve(PackManifest.fileName(database)).toString()) + " AS "
                        + identifier(packed) + " (READ_ONLY)");
                s.execute("ATTACH ':memory:' AS " + identifier(database));
                ShiftedViews.create(c, packed, database, shift, SampleDataLake.textTimes());
            }
        }
    }

    /** The pack's database files on disk, and whether they go when the emulator closes. */
    private record PackFiles(Path directory, boolean temporary) implements AutoCloseable {
        /**
         * The files in {@code cache}'s directory for this pack (by its fingerprint), extracted when missing or cut
         * short. Other packs' directories there (other builds) go once unused for a day ({@link CacheEntries}): several
         * builds may run side by side, each marks its own as used at every start. When the cache cannot be written, a temporary directory of
         * this emulator's own.
         */
        static PackFiles extracted(Path cache, PackManifest manifest) {
            Path directory = cache.resolve(CacheEntries.PACK_PREFIX + manifest.fingerprint());
            try {
                extract(directory, manifest);
                CacheEntries.markUsed(directory);
                CacheEntries.removeUnused(cache, directory);
                return new PackFiles(directory, false);
            } catch (IOException e) {
                try {
                    Path own = Files.createTempDirectory("panther-demo-");
                    extract(own, manifest);
                    return new PackFiles(own, true);
                } catch (IOException again) {
                    again.addSuppressed(e);
                    throw new UncheckedIOException("cannot extract the packed demo", again);
                }
            }
        }

        private static void extract(Path directory, PackManifest manifest) throws IOException {
            Files.createDirectories(directory);
            for (Map.Entry<String, Long> database : manifest.databases().entrySet()) {
                String name = PackManifest.fileName(database.getKey());
                Path file = directory.resolve(name);
                if (Files.exists(file) && Files.size(file) == database.getValue()) {
                    continue;
                }
                // another emulator may be extracting the same file: each writes its own, and the last move wins whole
                Path partial = Files.createTempFile(directory, name, ".partial");
                try (InputStream in = PackedDemo.class.getResourceAsStream(name)) {
                    if (in == null) {
                        throw new IOException("the packed demo has no " + name + " in this jar");
                    }
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(partial);
                }
            }
        }

        @Override
        public void close() {
            if (temporary) {
                CacheEntries.delete(directory);
            }
        }
    }
}
