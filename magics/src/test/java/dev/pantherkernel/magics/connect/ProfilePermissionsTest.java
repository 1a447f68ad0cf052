package dev.pantherkernel.magics.connect;

import dev.pantherkernel.magics.connect.SettingsResolver.SecretPrompt;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.testing.ReliabilityLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The profile file holds tokens, so it is read only while nobody but its owner may read or write it: every one of
 * the 64 combinations of group and other permission bits is tried, with the usual resolution (no flags, nothing in
 * the environment, so a refused file must not fall through to the demo) and with {@code --profile}, directly and
 * through a symbolic link.
 */
class ProfilePermissionsTest {

    private static final String TOKEN = "profile-secret-9c8b7a6f5e4d3c2b1a00";
    private static final ReliabilityLog LOG = new ReliabilityLog("profile-permissions");
    private static int refused;
    private static int accepted;

    @TempDir
    Path home;

    @AfterAll
    static void write() {
        LOG.total("modesRefused", refused);
        LOG.total("modesAccepted", accepted);
        LOG.write();
    }

    private SettingsResolver resolver() {
        return new SettingsResolver(Environment.of(Map.of(), home), SecretPrompt.NONE, () -> {
            throw new AssertionError("a refused profile file must not fall through to the demo");
        });
    }

    private Path profile(Set<PosixFilePermission> permissions) throws IOException {
        Path dir = Files.createDirectories(home.resolve(".config/panther-kernel"));
        Path file = dir.resolve(ProfileFile.FILE_NAME);
        Files.writeString(file, "[default]\nurl = \"https://acme.runpanther.net\"\ntoken = \"" + TOKEN + "\"\n");
        Files.setPosixFilePermissions(file, permissions);
        return file;
    }

    @Test
    void aProfileFileIsReadOnlyWhileNobodyButItsOwnerMayReadOrWriteIt() throws IOException {
        PosixFilePermission[] others = {PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_EXECUTE};
        for (int bits = 0; bits < 64; bits++) {
            Set<PosixFilePermission> mode = EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
            for (int b = 0; b < others.length; b++) {
                if ((bits & (1 << b)) != 0) {
                    mode.add(others[b]);
                }
            }
            Path file = profile(mode);
            boolean open = mode.stream().anyMatch(p -> p != PosixFilePermission.GROUP_EXECUTE
                    && p != PosixFilePermission.OTHERS_EXECUTE && !p.name().startsWith("OWNER"));
            String shown = PosixFilePermissions.toString(mode);
            for (ConnectOptions options : new ConnectOptions[] {ConnectOptions.defaults(),
                    ConnectOptions.newConnectOptions().profile("default").build()}) {
                if (open) {
                    assertThatThrownBy(() -> resolver().resolve(options)).as("mode %s", shown)
                            .isInstanceOf(PantherException.class)
                            .hasMessageContaining("other users can read it").hasMessageContaining("chmod 600 " + file)
                            .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN.substring(0, 8)));
                } else {
                    assertThat(resolver().resolve(options).token().reveal()).as("mode %s", shown).isEqualTo(TOKEN);
                }
            }
            if (open) {
                refused++;
            } else {
                accepted++;
            }
        }
        assertThat(refused).isEqualTo(60);
        assertThat(accepted).isEqualTo(4);
    }

    @Test
    void aSymbolicLinkIsJudgedByTheFileItPointsTo() throws IOException {
        Path real = Files.createDirectories(home.resolve("elsewhere")).resolve("profiles.toml");
        Files.writeString(real, "[default]\nurl = \"https://acme.runpanther.net\"\ntoken = \"" + TOKEN + "\"\n");
        Path dir = Files.createDirectories(home.resolve(".config/panther-kernel"));
        Files.createSymbolicLink(dir.resolve(ProfileFile.FILE_NAME), real);

        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> resolver().resolve(ConnectOptions.defaults())).hasMessageContaining("other users can read it");

        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-------"));
        assertThat(resolver().resolve(ConnectOptions.defaults()).token().reveal()).isEqualTo(TOKEN);
    }
}
