package dev.pantherkernel.magics.connect;

import dev.pantherkernel.magics.connect.ConnectionSettings.Origin;
import dev.pantherkernel.magics.connect.SettingsResolver.SecretPrompt;
import dev.pantherkernel.magics.core.PantherException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SettingsResolverTest {

    @TempDir
    Path home;

    private final AtomicInteger demoStarts = new AtomicInteger();

    private SettingsResolver resolver(Map<String, String> env, SecretPrompt prompt) {
        return new SettingsResolver(Environment.of(env, home), prompt, () -> {
            demoStarts.incrementAndGet();
            return new DemoProvider.DemoServer() {
                @Override
                public String url() {
                    return "http://127.0.0.1:9999/public/graphql";
                }

                @Override
                public String token() {
                    return "demo-token";
                }

                @Override
                public void close() {
                }
            };
        });
    }

    private void profiles(String text, String permissions) throws IOException {
        Path dir = Files.createDirectories(home.resolve(".config/panther-kernel"));
        Path file = dir.resolve("profiles.toml");
        Files.writeString(file, text);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(permissions));
    }

    @Test
    void flagsComeBeforeTheEnvironment() {
        ConnectionSettings settings = resolver(Map.of("PANTHER_API_URL", "https://env.runpanther.net",
                "PANTHER_API_TOKEN", "env-token", "MY_TOKEN", "flag-token"), SecretPrompt.NONE)
                .resolve(ConnectOptions.newConnectOptions().url("https://flag.runpanther.net").tokenEnv("MY_TOKEN").build());

        assertThat(settings.endpoint()).hasToString("https://api.flag.runpanther.net/public/graphql");
        assertThat(settings.token().reveal()).isEqualTo("flag-token");
        assertThat(settings.origin()).isEqualTo(Origin.FLAGS);
    }

    @Test
    void theEnvironmentComesBeforeTheProfileFile() throws IOException {
        profiles("[default]\nurl = \"https://profile.runpanther.net\"\ntoken = \"profile-token\"\n", "rw-------");

        ConnectionSettings settings = resolver(Map.of("PANTHER_API_URL", "https://env.runpanther.net",
                "PANTHER_API_TOKEN", "env-token"), SecretPrompt.NONE).resolve(ConnectOptions.defaults());

        assertThat(settings.origin()).isEqualTo(Origin.ENVIRONMENT);
        assertThat(settings.token().reveal()).isEqualTo("env-token");
    }

    @Test
    void theDefaultProfileComesBeforeTheDemo() throws IOException {
        profiles("# saved\n[default]\nurl = \"https://profile.runpanther.net\" # mine\ntoken = \"profile-token\"\n"
                + "[staging]\nurl = \"https://staging.runpanther.net\"\ntoken_env = \"STAGING_TOKEN\"\n", "rw-------");

        ConnectionSettings settings = resolver(Map.of(), SecretPrompt.NONE).resolve(ConnectOptions.defaults());

        assertThat(settings.origin()).isEqualTo(Origin.PROFILE);
        assertThat(settings.profile()).isEqualTo("default");
        assertThat(settings.endpoint()).hasToString("https://api.profile.runpanther.net/public/graphql");
        assertThat(demoStarts).hasValue(0);
    }

    @Test
    void aNamedProfileCanReadItsTokenFromTheEnvironment() throws IOException {
        profiles("[staging]\nurl = \"https://staging.runpanther.net\"\ntoken_env = \"STAGING_TOKEN\"\n", "rw-------");

        ConnectionSettings settings = resolver(Map.of("STAGING_TOKEN", "staging-token"), SecretPrompt.NONE)
                .resolve(ConnectOptions.newConnectOptions().profile("staging").build());

        assertThat(settings.token().reveal()).isEqualTo("staging-token");
    }

    @Test
    void aProfileFileOthersCanReadIsRefusedWithTheFix() throws IOException {
        profiles("[default]\nurl = \"https://p.runpanther.net\"\ntoken = \"t\"\n", "rw-r--r--");

        assertThatThrownBy(() -> resolver(Map.of(), SecretPrompt.NONE).resolve(ConnectOptions.defaults()))
                .isInstanceOf(PantherException.class)
                .hasMessageContaining("other users can read it")
                .hasMessageContaining("chmod 600");
    }

    @Test
    void withNothingConfiguredTheDemoStarts() {
        ConnectionSettings settings = resolver(Map.of(), SecretPrompt.NONE).resolve(ConnectOptions.defaults());

        assertThat(settings.demo()).isTrue();
        assertThat(demoStarts).hasValue(1);
    }

    @Test
    void demoForcesTheDemoEvenWhenTheEnvironmentIsSet() {
        ConnectionSettings settings = resolver(Map.of("PANTHER_API_URL", "https://env.runpanther.net",
                "PANTHER_API_TOKEN", "env-token"), SecretPrompt.NONE).resolve(ConnectOptions.newConnectOptions().demo(true).build());

        assertThat(settings.origin()).isEqualTo(Origin.DEMO);
    }

    @Test
    void promptAsksForTheTokenAndNeverShowsItInTheSettings() {
        ConnectionSettings settings = resolver(Map.of("PANTHER_API_URL", "https://env.runpanther.net"),
                prompt -> Optional.of("typed-secret")).resolve(ConnectOptions.newConnectOptions().prompt(true).build());

        assertThat(settings.origin()).isEqualTo(Origin.PROMPT);
        assertThat(settings.token().reveal()).isEqualTo("typed-secret");
        assertThat(settings.toString()).doesNotContain("typed-secret");
        assertThat(settings.token().toString()).doesNotContain("typed-secret");
    }

    @Test
    void promptWhereTheFrontEndCannotAskSaysWhatToDoInstead() {
        assertThatThrownBy(() -> resolver(Map.of("PANTHER_API_URL", "https://env.runpanther.net"), SecretPrompt.NONE)
                .resolve(ConnectOptions.newConnectOptions().prompt(true).build()))
                .hasMessageContaining("cannot ask for a password").hasMessageContaining("PANTHER_API_TOKEN");
    }

    @Test
    void aUrlWithoutATokenNamesTheWaysToGiveOne() {
        assertThatThrownBy(() -> resolver(Map.of("PANTHER_API_URL", "https://env.runpanther.net"), SecretPrompt.NONE)
                .resolve(ConnectOptions.defaults()))
                .hasMessageContaining("no API token").hasMessageContaining("--token-env").hasMessageContaining("--prompt");
    }

    @Test
    void aTokenWithoutAUrlSaysTheUrlIsMissing() {
        assertThatThrownBy(() -> resolver(Map.of("PANTHER_API_TOKEN", "t"), SecretPrompt.NONE)
                .resolve(ConnectOptions.defaults()))
                .hasMessageContaining("PANTHER_API_URL is not");
    }

    @Test
    void anUnknownProfileListsTheOnesThere() throws IOException {
        profiles("[default]\nurl = \"https://p.runpanther.net\"\ntoken = \"t\"\n", "rw-------");

        assertThatThrownBy(() -> resolver(Map.of(), SecretPrompt.NONE).resolve(ConnectOptions.newConnectOptions().profile("prod").build()))
                .hasMessageContaining("no profile 'prod'").hasMessageContaining("default");
    }
}
