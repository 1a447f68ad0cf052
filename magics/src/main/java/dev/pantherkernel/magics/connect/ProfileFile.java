package dev.pantherkernel.magics.connect;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.PantherException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.List;

/**
 * Saved connections in {@code ~/.config/panther-kernel/profiles.toml}, one table per profile:
 * <pre>
 * [default]
 * url = "https://acme.runpanther.net"
 * token = "..."            # or token_env = "NAME_OF_A_VARIABLE"
 * </pre>
 * The file holds secrets, so it is refused while other users can read it.
 */
@Internal
public final class ProfileFile {

    public static final String FILE_NAME = "profiles.toml";

    private final Path path;
    private final Map<String, Map<String, String>> profiles;

    private ProfileFile(Path path, Map<String, Map<String, String>> profiles) {
        this.path = path;
        this.profiles = profiles;
    }

    /** The profile file under {@code configDir}, if there is one. */
    public static Optional<ProfileFile> in(Path configDir) {
        Path path = configDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        refuseIfOthersCanRead(path);
        try {
            return Optional.of(new ProfileFile(path, parse(path, Files.readAllLines(path))));
        } catch (IOException e) {
            throw new PantherException("cannot read " + path + ": " + e.getMessage());
        }
    }

    public Path path() {
        return path;
    }

    public Set<String> names() {
        return profiles.keySet();
    }

    /** The named profile; with no name, "default", or the only profile there is. */
    public Optional<Map<String, String>> profile(String name) {
        if (name != null) {
            return Optional.ofNullable(profiles.get(name));
        }
        if (profiles.containsKey("default")) {
            return Optional.of(profiles.get("default"));
        }
        return profiles.size() == 1 ? Optional.of(profiles.values().iterator().next()) : Optional.empty();
    }

    /** The name {@link #profile(String)} would pick for {@code null}. */
    public String defaultName() {
        return profiles.containsKey("default") || profiles.size() != 1 ? "default" : profiles.keySet().iterator().next();
    }

    private static void refuseIfOthersCanRead(Path path) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
            if (permissions.contains(PosixFilePermission.GROUP_READ) || permissions.contains(PosixFilePermission.OTHERS_READ)
                    || permissions.contains(PosixFilePermission.GROUP_WRITE)
                    || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
                throw new PantherException(path + " holds API tokens but other users can read it; fix it with: chmod 600 "
                        + path);
            }
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: nothing to check
        } catch (IOException e) {
            throw new PantherException("cannot check the permissions of " + path + ": " + e.getMessage());
        }
    }

    /** The small part of TOML a profile needs: [tables] and key = "string" lines, # comments. */
    static Map<String, Map<String, String>> parse(Path path, List<String> lines) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Map<String, String> current = null;
        int number = 0;
        for (String raw : lines) {
            number++;
            String line = stripComment(raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                String name = unquote(line.substring(1, line.length() - 1).strip());
                current = out.computeIfAbsent(name, n -> new LinkedHashMap<>());
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0 || current == null) {
                throw new PantherException(path + " line " + number + ": expected [profile] or key = \"value\"");
            }
            current.put(line.substring(0, eq).strip(), unquote(line.substring(eq + 1).strip()));
        }
        return out;
    }

    private static String stripComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '#' && !quoted) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
