package dev.pantherkernel.kernel.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Everything a kernel left behind (messages, logs, notebooks, files), searched for tokens: each token and every
 * 8-character piece of it. Shared by {@link SecretLeakIT} (every command) and {@link ReplayExamplesIT} (every example).
 */
final class TokenSweep {

    /** The length of the pieces of a token searched for. */
    static final int PIECE = 8;

    private final Map<String, String> sources = new LinkedHashMap<>();

    TokenSweep add(String name, String text) {
        sources.put(name, text);
        return this;
    }

    /** A file's text, a gzip file's unpacked; one renamed away meanwhile (a partial file made whole) is skipped. */
    TokenSweep addFile(String name, Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return this;
        }
        if (file.getFileName().toString().endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                bytes = in.readAllBytes();
            }
        }
        sources.put(name, new String(bytes, StandardCharsets.ISO_8859_1));
        return this;
    }

    /** Every file under {@code root}, named {@code label} and its path there, but the profiles file that holds a token by design. */
    TokenSweep addFiles(Path root, String label) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile() && !file.getFileName().toString().equals("profiles.toml")) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // renamed meanwhile
                }
                throw e;
            }
        });
        for (Path file : files) {
            addFile(label + root.relativize(file), file);
        }
        return this;
    }

    Map<String, String> sources() {
        return sources;
    }

    long characters() {
        return sources.values().stream().mapToLong(String::length).sum();
    }

    /** Each place a piece of one of {@code secrets} was found, with the text around it; empty when none was. */
    List<String> leaksOf(List<String> secrets) {
        List<String> leaks = new ArrayList<>();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            String text = source.getValue();
            for (String secret : secrets) {
                for (int i = 0; i + PIECE <= secret.length(); i++) {
                    int at = text.indexOf(secret.substring(i, i + PIECE));
                    if (at >= 0) {
                        leaks.add(source.getKey() + ": " + text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 80)));
                        break;
                    }
                }
            }
        }
        return leaks;
    }

    /** The log-level change for a kernelspec whose kernel logs at debug level, the most a log can say. */
    static String debugLog(String arg) {
        return arg.replace("defaultLogLevel=warn", "defaultLogLevel=debug");
    }
}
