package dev.pantherkernel.magics.client;

import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.emulator.faults.FaultRule;
import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import dev.pantherkernel.magics.testing.SharedEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs commands that succeed and commands that fail with a known token, then looks for the token everywhere. */
class RedactionSweepTest {

    private final PantherEmulator emulator = SharedEmulator.get();

    @AfterEach
    void clearFaults() {
        emulator.faults().clear();
    }

    @Test
    void theTokenAppearsInNoResultErrorOrLogLine() throws IOException {
        String token = emulator.token();
        RecordingHost host = new RecordingHost();
        PantherSession session = Sessions.demoToken(host);
        PantherMagics panther = new PantherMagics(session);
        List<String> seen = new ArrayList<>();
        emulator.faults().add(FaultRule.newFaultRule("users").status(503).times(2).build());
        emulator.faults().add(FaultRule.newFaultRule("roles").status(502).build());
        List<List<String>> lines = List.of(List.of("connect"), List.of("whoami"), List.of("version"),
                List.of("alerts", "--since", "30d"), List.of("users"), List.of("roles"), List.of("alert", "nope"),
                List.of("metrics", "alerts-per-rule"), List.of("schema", "Alert"), List.of("alerts", "--severity", "x"),
                List.of("connect", "--url", "http://example.com"), List.of("connect", "--token-env", "NOPE"));
        for (List<String> words : lines) {
            try {
                seen.add(String.valueOf(panther.line(words)));
            } catch (RuntimeException e) {
                seen.add(described(e));
            }
        }
        for (String body : List.of("{ alerts(input: {}) { nope } }", "{ generalSettings { pantherVersion } }")) {
            try {
                seen.add(String.valueOf(panther.cell(List.of("graphql"), body)));
            } catch (RuntimeException e) {
                seen.add(described(e));
            }
        }
        PantherMagics wrongToken = new PantherMagics(Sessions.withToken(new RecordingHost(), token + "x"));
        try {
            wrongToken.line(List.of("connect"));
        } catch (RuntimeException e) {
            seen.add(described(e));
        }
        seen.add(session.connection().toString());
        seen.add(session.connection().settings().toString());
        seen.addAll(host.warnings);
        seen.addAll(host.progress);
        Path log = Path.of("target/magics-test.log");
        if (Files.exists(log)) {
            seen.add(Files.readString(log));
        }

        assertThat(seen).hasSizeGreaterThan(15);
        for (String text : seen) {
            assertThat(text).doesNotContain(token);
            for (int i = 0; i + 8 <= token.length(); i++) {
                assertThat(text).as("a piece of the token").doesNotContain(token.substring(i, i + 8));
            }
        }
    }

    private static String described(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
