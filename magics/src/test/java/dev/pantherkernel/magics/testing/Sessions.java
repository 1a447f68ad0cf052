package dev.pantherkernel.magics.testing;

import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.magics.client.ClientOptions;
import dev.pantherkernel.magics.connect.Environment;
import dev.pantherkernel.magics.session.NotebookHost;
import dev.pantherkernel.magics.session.PantherSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Sessions wired to the shared emulator through the environment, as a user's would be. */
public final class Sessions {

    private Sessions() {
    }

    /** Retries without real waiting, so fault tests stay fast. */
    public static ClientOptions fastRetries() {
        return ClientOptions.newClientOptions().firstBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(5))
                .maxRetryAfter(Duration.ofMillis(5)).build();
    }

    public static PantherSession withToken(NotebookHost host, String token) {
        PantherEmulator emulator = SharedEmulator.get();
        return new PantherSession(host, Environment.of(Map.of("PANTHER_API_URL", emulator.url(),
                "PANTHER_API_TOKEN", token), home()), fastRetries());
    }

    public static PantherSession demoToken(NotebookHost host) {
        return withToken(host, SharedEmulator.get().token());
    }

    public static Path home() {
        try {
            // under the build's target, which a clean removes: thousands of these piled up in /tmp
            return Files.createTempDirectory(Files.createDirectories(Path.of("target", "homes").toAbsolutePath()), "panther-home");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
