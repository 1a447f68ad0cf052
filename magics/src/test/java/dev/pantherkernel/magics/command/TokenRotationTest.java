package dev.pantherkernel.magics.command;

import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.client.TokenRejectedException;
import dev.pantherkernel.magics.connect.Environment;
import dev.pantherkernel.magics.connect.ProfileFile;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import dev.pantherkernel.magics.testing.SharedEmulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code token rotate}: the new token is kept where the old one was found, used at once, and never shown. */
class TokenRotationTest {

    private final PantherEmulator emulator = SharedEmulator.scratch();
    private final RecordingHost host = new RecordingHost();

    @TempDir
    Path home;

    private Path profiles() {
        return home.resolve(".config/panther-kernel").resolve(ProfileFile.FILE_NAME);
    }

    private PantherMagics magics(Map<String, String> environment) {
        return new PantherMagics(new PantherSession(host, Environment.of(environment, home), Sessions.fastRetries()));
    }

    private static String tokenIn(String text, String profile) {
        boolean in = false;
        for (String line : text.split("\n")) {
            String bare = line.strip();
            if (bare.startsWith("[")) {
                in = bare.equals("[" + profile + "]");
            } else if (in && bare.startsWith("token = ")) {
                return bare.substring("token = ".length()).replace("\"", "");
            }
        }
        return null;
    }

    @Test
    void aTokenFromTheProfileFileIsReplacedThereUsedAtOnceAndNeverShown() throws IOException {
        String old = emulator.tokenFor(SharedEmulator.ROTATED_IN_PROFILE);
        Files.createDirectories(profiles().getParent());
        Files.writeString(profiles(), "# mine\n[other]\nurl = \"https://acme.runpanther.net\"\ntoken_env = \"ACME\"\n\n"
                + "[work]\nurl = \"" + emulator.url() + "\"\ntoken = \"" + old + "\"  # rotated by the kernel\n");
        Files.setPosixFilePermissions(profiles(), PosixFilePermissions.fromString("rw-------"));
        PantherMagics panther = magics(Map.of());
        panther.line(List.of("connect", "--profile", "work"));

        Result rotated = (Result) panther.line(List.of("token", "rotate"));

        String text = Files.readString(profiles());
        String fresh = tokenIn(text, "work");
        assertThat(fresh).isNotBlank().isNotEqualTo(old);
        assertThat(text).startsWith("# mine\n[other]\n").contains("token_env = \"ACME\"").doesNotContain(old);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(profiles()))).isEqualTo("rw-------");
        assertThat(rotated.toString() + rotated.footer() + rotated.table().print()).doesNotContain(fresh);
        assertThat(rotated.table().stringColumn("keptIn").get(0)).contains("[work]");
        assertThat(((Result) panther.line(List.of("version"))).table().rowCount()).as("the session goes on with the new token")
                .isPositive();
        assertThatThrownBy(() -> magics(Map.of("PANTHER_API_URL", emulator.url(), "PANTHER_API_TOKEN", old))
                .line(List.of("connect"))).isInstanceOf(TokenRejectedException.class);
        assertThat(magics(Map.of()).line(List.of("connect", "--profile", "work"))).isNotNull();
    }

    @Test
    void aTokenFromTheEnvironmentIsRotatedOnlyWhenToProfileSaysWhereToKeepIt() throws IOException {
        String old = emulator.tokenFor(SharedEmulator.ROTATED_FROM_ENVIRONMENT);
        PantherMagics panther = magics(Map.of("PANTHER_API_URL", emulator.url(), "PANTHER_API_TOKEN", old));
        long before = emulator.requestCount("rotateAPIToken");

        assertThatThrownBy(() -> panther.line(List.of("token", "rotate"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("PANTHER_API_URL and PANTHER_API_TOKEN")
                .hasMessageContaining("--to-profile NAME");
        assertThat(emulator.requestCount("rotateAPIToken")).isEqualTo(before);

        Result rotated = (Result) panther.line(List.of("token", "rotate", "--to-profile", "rotated"));

        String fresh = tokenIn(Files.readString(profiles()), "rotated");
        assertThat(fresh).isNotBlank().isNotEqualTo(old);
        assertThat(Files.readString(profiles())).contains("url = \"" + emulator.url() + "\"");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(profiles()))).isEqualTo("rw-------");
        assertThat(rotated.table().print()).doesNotContain(fresh);
        assertThat(((Result) panther.line(List.of("version"))).table().rowCount()).isPositive();
    }
}
