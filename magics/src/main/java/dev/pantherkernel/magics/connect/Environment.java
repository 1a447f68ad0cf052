package dev.pantherkernel.magics.connect;

import dev.pantherkernel.magics.core.PublicApi;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The process environment and the user's config directory, as the connection resolver reads them. */
@PublicApi
public interface Environment {

    Optional<String> variable(String name);

    /** Where {@code profiles.toml} lives: {@code $XDG_CONFIG_HOME/panther-kernel} or {@code ~/.config/panther-kernel}. */
    Path configDirectory();

    /**
     * Where caches go (the introspected schema, the data lake's tables as last listed): {@code $XDG_CACHE_HOME/panther-kernel}
     * or {@code ~/.cache/panther-kernel}.
     */
    Path cacheDirectory();

    /** This process's variables, and {@code $HOME} as the user's home (the JVM's {@code user.home} only without it). */
    static Environment system() {
        Map<String, String> variables = System.getenv();
        return of(variables, UserHome.of(variables, System.getProperty("user.home")));
    }

    static Environment of(Map<String, String> variables, Path home) {
        return new Environment() {
            @Override
            public Optional<String> variable(String name) {
                return Optional.ofNullable(variables.get(name)).filter(v -> !v.isBlank());
            }

            @Override
            public Path configDirectory() {
                return variable("XDG_CONFIG_HOME").map(Path::of).orElse(home.resolve(".config")).resolve("panther-kernel");
            }

            @Override
            public Path cacheDirectory() {
                return variable("XDG_CACHE_HOME").map(Path::of).orElse(home.resolve(".cache")).resolve("panther-kernel");
            }
        };
    }
}
