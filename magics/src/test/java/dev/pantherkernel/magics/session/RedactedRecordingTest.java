package dev.pantherkernel.magics.session;

import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.connect.Environment;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import dev.pantherkernel.magics.testing.SharedEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A recording made while redaction is on holds pseudonyms only, in the answers and in the requests, and replays: the
 * file can go where the notebook goes.
 */
class RedactedRecordingTest {

    @TempDir
    Path dir;

    private static PantherSession session(Map<String, String> environment) {
        return new PantherSession(new RecordingHost(), Environment.of(environment, Sessions.home()), Sessions.fastRetries());
    }

    private static String unzipped(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aRecordingMadeWhileRedactingHoldsNoOriginalValueAndReplaysTheSameTables() throws IOException {
        PantherEmulator emulator = SharedEmulator.get();
        Path file = dir.resolve("redacted.recording.jsonl.gz");
        PantherMagics live = new PantherMagics(session(Map.of("PANTHER_API_URL", emulator.url(),
                "PANTHER_API_TOKEN", emulator.token())));
        List<String> emails = ((Result) new PantherMagics(session(Map.of("PANTHER_API_URL", emulator.url(),
                "PANTHER_API_TOKEN", emulator.token()))).line(List.of("users"))).table().stringColumn("email").asList();
        live.line(List.of("redact"));
        live.line(List.of("record", file.toString()));
        Table users = ((Result) live.line(List.of("users"))).table();
        String pseudonym = users.stringColumn("email").get(0);
        Table found = ((Result) live.cell(List.of("graphql", "--var", "e=" + pseudonym), "query($e: String!) { userByEmail(email: $e) { email givenName } }")).table();
        live.line(List.of("record", "--stop"));

        String recorded = unzipped(file);
        PantherMagics replay = new PantherMagics(session(Map.of()));
        replay.line(List.of("connect", "--replay", file.toString()));
        replay.line(List.of("redact"));
        Table replayedUsers = ((Result) replay.line(List.of("users"))).table();

        assertThat(emails).isNotEmpty();
        assertThat(pseudonym).endsWith("@redacted.example");
        assertThat(found.rowCount()).as("the pivot reached the original").isEqualTo(1);
        assertThat(emails).allSatisfy(email -> assertThat(recorded).doesNotContain(email));
        assertThat(recorded).contains(pseudonym);
        assertThat(replayedUsers.stringColumn("email").asList()).isEqualTo(users.stringColumn("email").asList());
    }
}
