package dev.pantherkernel.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bytes the emulator process ({@code PANTHER_EMULATOR_PID}) has written through system calls ({@code wchar} of
 * {@code /proc/PID/io}): almost all of it is HTTP replies, so the difference over a run is the bytes it sent.
 */
final class EmulatorBytes {

    private EmulatorBytes() {
    }

    /** -1 when the emulator's process is unknown or its counters cannot be read. */
    static long written() {
        String pid = System.getenv("PANTHER_EMULATOR_PID");
        if (pid == null) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "io"))) {
                if (line.startsWith("wchar:")) {
                    return Long.parseLong(line.substring("wchar:".length()).strip());
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
