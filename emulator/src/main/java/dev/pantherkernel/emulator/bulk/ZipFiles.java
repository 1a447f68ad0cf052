package dev.pantherkernel.emulator.bulk;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * The files of an uploaded zip by their path inside it ({@code rules/aws_rules/root.yml}), read into memory within
 * limits: an upload is small, and a zip that unpacks to far more than that is refused rather than read.
 */
final class ZipFiles {
    /** What Panther's schema says one upload may be. */
    static final int MAX_ZIP_BYTES = 5 * 1024 * 1024;
    static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;
    static final int MAX_FILES = 10_000;

    private final Map<String, byte[]> files;

    private ZipFiles(Map<String, byte[]> files) {
        this.files = files;
    }

    static ZipFiles read(byte[] zip) {
        if (zip.length > MAX_ZIP_BYTES) {
            throw new UploadProblem("the zip is " + zip.length + " bytes; one upload takes at most " + MAX_ZIP_BYTES
                    + " bytes: upload the content in several parts");
        }
        Map<String, byte[]> files = new TreeMap<>();
        long unpacked = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (files.size() == MAX_FILES) {
                    throw new UploadProblem("the zip holds more than " + MAX_FILES + " files");
                }
                byte[] content = readAtMost(in, MAX_UNPACKED_BYTES - unpacked);
                unpacked += content.length;
                String name = entry.getName();
                files.put(normalize(name).orElseThrow(
                        () -> new UploadProblem("the zip entry " + name + " points outside the zip")), content);
            }
        } catch (ZipException e) {
            throw new UploadProblem("data is not a valid zip file: " + e.getMessage());
        } catch (IOException e) {
            throw new UploadProblem("data is not a readable zip file: " + e.getMessage());
        }
        if (files.isEmpty()) {
            throw new UploadProblem("data is not a zip file with content (base64 of a zip in panther-analysis layout)");
        }
        return new ZipFiles(files);
    }

    private static byte[] readAtMost(InputStream in, long room) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            if (out.size() + n > room) {
                throw new UploadProblem("the zip unpacks to more than " + MAX_UNPACKED_BYTES + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The path with {@code .} and {@code ..} steps resolved; empty when it climbs out of the zip. */
    static Optional<String> normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.replace('\\', '/').split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }

    Map<String, byte[]> all() {
        return files;
    }

    /** The text of the file at {@code relative} to the folder of {@code besides}. */
    Optional<String> textBeside(String besides, String relative) {
        int slash = besides.lastIndexOf('/');
        String folder = slash < 0 ? "" : besides.substring(0, slash + 1);
        return normalize(folder + relative).map(files::get).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }
}
