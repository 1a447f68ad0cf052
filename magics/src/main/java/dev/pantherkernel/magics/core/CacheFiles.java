package dev.pantherkernel.magics.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The files of the on-disk caches (the introspected schema, the data lake's tables as last listed): how they are
 * named and how they are written, so that several kernels can share a cache directory.
 */
@Internal
public final class CacheFiles {

    private CacheFiles() {
    }

    /** A short digest of {@code text} (a Panther's address, say) that is safe in a file name: 24 hex digits of SHA-256. */
    public static String digest(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes {@code bytes} to {@code file} whole: into a temporary file beside it, then moved over it, so that another
     * kernel reading it meanwhile sees the old file or the new one, never half of one. A failure leaves no temporary
     * file behind.
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part");
        try {
            Files.write(partial, bytes);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }
}
