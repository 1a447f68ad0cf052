package dev.pantherkernel.magics.connect;

import dev.pantherkernel.magics.client.ApiToken;
import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.PantherException;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keeps a token in the profile file ({@link ProfileFile}): the profile's {@code token} line is replaced (a
 * {@code token_env} line too, since the variable would hold the old token), or the profile is added with its url.
 * Every other line stays as it was. The file is written whole to a file of mode 600 beside it and moved into place,
 * so a crash leaves the old file or the new one, never half of one.
 */
@Internal
public final class ProfileTokenWriter {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;

    public ProfileTokenWriter(Path configDirectory) {
        this.file = configDirectory.resolve(ProfileFile.FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** Fails now, with the reason, when the token could not be written later (before anything is rotated). */
    public void checkWritable() {
        try {
            Files.createDirectories(file.getParent());
            Path probe = Files.createTempFile(file.getParent(), ".profiles", ".probe");
            Files.delete(probe);
        } catch (IOException | UnsupportedOperationException e) {
            throw new PantherException("cannot write " + file + " (" + e.getMessage() + "); nothing was rotated");
        }
        if (Files.exists(file)) {
            ProfileFile.in(file.getParent()); // refuses a file others can read
        }
    }

    /** Stores {@code token} as profile {@code name}'s; {@code url} goes in when the profile is new. */
    public void store(String name, String url, ApiToken token) {
        String value = token.reveal();
        if (value.indexOf('"') >= 0 || value.indexOf('\\') >= 0 || value.chars().anyMatch(Character::isISOControl)) {
            throw new PantherException("the new token holds characters a profile file cannot keep");
        }
        try {
            List<String> lines = Files.exists(file) ? Files.readAllLines(file) : new ArrayList<>();
            List<String> out = replaced(lines, name, "token = \"" + value + "\"", url);
            Path temporary = Files.createTempFile(file.getParent(), ".profiles", ".toml");
            try {
                setOwnerOnly(temporary);
                Files.write(temporary, out);
                move(temporary);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new PantherException("cannot write " + file + ": " + e.getMessage());
        }
    }

    /** The lines with profile {@code name}'s token line replaced, or the profile added at the end. */
    static List<String> replaced(List<String> lines, String name, String tokenLine, String url) {
        List<String> out = new ArrayList<>();
        boolean inProfile = false;
        boolean found = false;
        boolean written = false;
        for (String line : lines) {
            String bare = line.strip();
            if (bare.startsWith("[") && bare.endsWith("]")) {
                if (inProfile && !written) {
                    out.add(tokenLine);
                    written = true;
                }
                inProfile = unquote(bare.substring(1, bare.length() - 1).strip()).equals(name);
                found |= inProfile;
                out.add(line);
                continue;
            }
            if (inProfile && (bare.startsWith("token ") || bare.startsWith("token=") || bare.startsWith("token_env"))) {
                if (!written) {
                    out.add(tokenLine);
                    written = true;
                }
                continue;
            }
            out.add(line);
        }
        if (inProfile && !written) {
            out.add(tokenLine);
            written = true;
        }
        if (!found) {
            if (!out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
                out.add("");
            }
            out.add("[" + name + "]");
            out.add("url = \"" + url + "\"");
            out.add(tokenLine);
        }
        return out;
    }

    private void move(Path temporary) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void setOwnerOnly(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, OWNER_ONLY);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the user's own directory is all there is
        }
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1)
                : value;
    }
}
