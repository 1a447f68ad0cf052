package dev.pantherkernel.kernel.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What install.sh recorded about the machine in {@code $XDG_DATA_HOME/panther-kernel/install.env} (by default under
 * {@code ~/.local/share}): lines of {@code key=value}, a key may repeat.
 */
record InstallRecord(Path file, List<String> lines) {

    static Path defaultFile(String home, String xdgDataHome) {
        Path data = xdgDataHome != null && !xdgDataHome.isBlank() ? Path.of(xdgDataHome) : Path.of(home, ".local", "share");
        return data.resolve("panther-kernel").resolve("install.env");
    }

    static InstallRecord read() {
        return read(defaultFile(home(), System.getenv("XDG_DATA_HOME")));
    }

    /** HOME as the shell that ran install.sh had it; the JVM's user.home comes from the password database instead. */
    static String home() {
        String home = System.getenv("HOME");
        return home != null && !home.isBlank() ? home : System.getProperty("user.home");
    }

    static InstallRecord read(Path file) {
        if (!Files.isRegularFile(file)) {
            return new InstallRecord(file, List.of());
        }
        try {
            return new InstallRecord(file, Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> all(String key) {
        List<String> values = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith(key + "=")) {
                values.add(line.substring(key.length() + 1));
            }
        }
        return values;
    }

    Optional<String> first(String key) {
        return all(key).stream().findFirst();
    }

    String require(String key, String hint) {
        return first(key).orElseThrow(() -> new IllegalStateException(
                "no " + key + " recorded in " + file + ": " + hint));
    }
}
