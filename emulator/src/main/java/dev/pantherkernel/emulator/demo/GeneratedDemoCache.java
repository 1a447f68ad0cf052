package dev.pantherkernel.emulator.demo;

import dev.pantherkernel.emulator.datalake.DuckDb;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Demos of other settings than the default (a larger scale, more days), generated once and then kept on disk the way
 * the build packs the default one: the next start with the same settings attaches the files and moves them to the
 * present ({@link ShiftedViews}) instead of generating for a minute again. Each is a directory of the cache named by a
 * digest of its settings and of the fingerprint of the code that generates ({@link DemoPack#fingerprint}), so other
 * code or other settings never read it. It is generated under a temporary name and renamed whole; one that does not
 * read back (a file cut short or damaged, a manifest of other settings) is generated again. Kernels that start the same
 * demo at once take turns through a file lock: the first generates, the others load what it kept.
 */
public final class GeneratedDemoCache {
    private final Path directory;
    private final String fingerprint;

    /** A cache in {@code directory} of the demos the code with {@code fingerprint} generates. */
    public GeneratedDemoCache(Path directory, String fingerprint) {
        this.directory = directory;
        this.fingerprint = fingerprint;
    }

    /** The cache in {@code directory} for this jar's code, named by the fingerprint its pack carries; empty without a pack. */
    public static Optional<GeneratedDemoCache> forThisJar(Path directory) {
        return PackedDemo.inThisJar().map(pack -> new GeneratedDemoCache(directory, pack.fingerprint()));
    }

    /** A demo loaded into a database: where its data ends as generated, and whether it came from the cache. */
    public record Loaded(Instant packedAt, boolean fromCache) {}

    /** Whether the demo of {@code settings} is kept here, ready to load. */
    public boolean holds(DemoSettings settings) {
        return kept(entry(settings), settings).isPresent();
    }

    /**
     * Attaches the demo of {@code settings} to {@code db}, every time in it moved so that it ends at {@code now}: the kept
     * one, or one generated (at {@link DefaultDemo#PACKED_AT}, as the packed default) and kept first.
     *
     * @throws IOException when the cache cannot be written; the caller then generates without it
     */
    public Loaded load(DuckDb db, DemoSettings settings, Instant now) throws IOException, SQLException {
        Files.createDirectories(directory);
        Path entry = entry(settings);
        Path lockFile = directory.resolve(entry.getFileName() + ".lock");
        // one JVM may not hold two locks on one file: its emulators take turns here, other processes at the file lock
        synchronized (GeneratedDemoCache.class) {
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = channel.lock()) {
                Optional<PackManifest> kept = kept(entry, settings);
                boolean fromCache = kept.isPresent() && attachable(kept.get(), entry);
                PackManifest manifest = fromCache ? kept.get() : generate(entry, settings);
                CacheEntries.markUsed(entry);
                CacheEntries.markUsed(lockFile);
                CacheEntries.removeUnused(directory, entry);
                PackedDemo.attach(db, manifest, entry, Duration.between(manifest.packedAt(), now));
                return new Loaded(manifest.packedAt(), fromCache);
            }
        }
    }

    private PackManifest generate(Path entry, DemoSettings settings) throws IOException, SQLException {
        CacheEntries.delete(entry);
        Path partial = Files.createTempDirectory(directory, entry.getFileName() + ".partial-");
        try {
            PackManifest manifest = new PackManifest(DefaultDemo.PACKED_AT, settings, fingerprint,
                    DemoPack.write(partial, settings, DefaultDemo.PACKED_AT));
            manifest.write(partial.resolve(PackManifest.NAME));
            Files.move(partial, entry, StandardCopyOption.ATOMIC_MOVE);
            return manifest;
        } finally {
            CacheEntries.delete(partial);
        }
    }

    /** The manifest of the demo kept in {@code entry}, when it is of these settings and code and has all its files. */
    private Optional<PackManifest> kept(Path entry, DemoSettings settings) {
        try (InputStream in = Files.newInputStream(entry.resolve(PackManifest.NAME))) {
            PackManifest manifest = PackManifest.read(in);
            boolean whole = manifest.settings().equals(settings) && manifest.fingerprint().equals(fingerprint) && manifest.filesIn(entry);
            return whole ? Optional.of(manifest) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            // no manifest, or one that does not parse: not kept
            return Optional.empty();
        }
    }

    /** Whether DuckDB opens every file as a database with its tables (a damaged header or catalog does not). */
    private static boolean attachable(PackManifest manifest, Path entry) {
        try (DuckDb scratch = new DuckDb()) {
            PackedDemo.attach(scratch, manifest, entry, Duration.ZERO);
            return true;
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private Path entry(DemoSettings settings) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        byte[] key = digest.digest((fingerprint + "\n" + settings.describe()).getBytes(StandardCharsets.UTF_8));
        return directory.resolve(CacheEntries.GENERATED_PREFIX + HexFormat.of().formatHex(key, 0, 16));
    }
}
