package dev.pantherkernel.magics.connect;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class UserHomeTest {

    @Test
    void homeSetToAnAbsolutePathIsTheUsersHomeWhateverTheJvmSays() {
        assertThat(UserHome.of(Map.of("HOME", "/home/jovyan"), "/root")).isEqualTo(Path.of("/home/jovyan"));
    }

    @Test
    void withoutHomeOrWithABlankOrRelativeOneTheJvmsUserHomeIsUsed() {
        assertThat(UserHome.of(Map.of(), "/root")).isEqualTo(Path.of("/root"));
        assertThat(UserHome.of(Map.of("HOME", " "), "/root")).isEqualTo(Path.of("/root"));
        assertThat(UserHome.of(Map.of("HOME", "relative/dir"), "/root")).isEqualTo(Path.of("/root"));
    }

    @Test
    void profilesAndCachesOfTheSystemEnvironmentLieUnderHome() {
        Environment environment = Environment.of(Map.of(), UserHome.of(Map.of("HOME", "/home/jovyan"), "/root"));

        assertThat(environment.configDirectory()).isEqualTo(Path.of("/home/jovyan/.config/panther-kernel"));
        assertThat(environment.cacheDirectory()).isEqualTo(Path.of("/home/jovyan/.cache/panther-kernel"));
    }
}
