package dev.pantherkernel.emulator.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The emulator's cache directory: a directory per packed demo (the jar's, extracted, by the fingerprint of the build)
 * and per generated demo (by its settings and that fingerprint). Several builds and kernels may use it side by side, so
 * each marks the entry it uses at every start, and entries unused for a day go.
 */
final class CacheEntries {
    /** A build's packed default demo, extracted from its jar. */
    static final String PACK_PREFIX = "demo-";
    /** A demo of other settings, generated once and kept. */
    static final String GENERATED_PREFIX = "generated-";
    private static final Duration UNUSED = Duration.ofDays(1);

    private CacheEntries() {}

    static void markUsed(Path entry) throws IOException {
        Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
    }

    /** Removes the entries of {@code cache} but {@code kept} that nobody used for a day. */
    static void removeUnused(Path cache, Path kept) {
        Instant unused = Instant.now().minus(UNUSED);
        try (Stream<Path> entries = Files.list(cache)) {
            entries.filter(e -> isEntry(e) && !e.equals(kept) && lastUsedBefore(e, unused)).forEach(CacheEntries::delete);
        } catch (IOException e) {
            // an older entry left behind takes space, nothing else
        }
    }

    private static boolean isEntry(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(PACK_PREFIX) || name.startsWith(GENERATED_PREFIX);
    }

    private static boolean lastUsedBefore(Path entry, Instant when) {
        try {
            return Files.getLastModifiedTime(entry).toInstant().isBefore(when);
        } catch (IOException e) {
            return false;
        }
    }

    /** Deletes a file, or a directory with all it holds; what cannot be deleted stays. */
    static void delete(Path entry) {
        try (Stream<Path> walk = Files.walk(entry)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort: an entry left behind takes space, nothing else
        }
    }
}
