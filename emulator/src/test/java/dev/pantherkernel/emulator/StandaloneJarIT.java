package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code java -jar panther-emulator.jar} prints its URL and keys and serves until stopped. */
class StandaloneJarIT {
    private static final Path JAR = Path.of("target", "panther-emulator.jar");

    @Test
    void theJarPrintsUrlAndKeysAndServesTheApi() throws Exception {
        assertThat(JAR).exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "-jar", JAR.toString(), "--port", "0", "--scale", "0",
                "--token", "analyst=AlertRead,DataAnalyticsRead", "--fault", "users=503,times=1"))
                .redirectErrorStream(true).start();
        try {
            Map<String, String> printed = new HashMap<>();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null && !line.startsWith("Serving"); line = out.readLine()) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    printed.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            assertThat(printed).containsKeys("PANTHER_API_URL", "PANTHER_API_TOKEN", "token analyst");
            ApiClient demo = new ApiClient(printed.get("PANTHER_API_URL"), printed.get("PANTHER_API_TOKEN"));
            assertThat(demo.data("{ generalSettings { pantherVersion } }").path("generalSettings").path("pantherVersion").asText())
                    .isEqualTo(PantherEmulator.PANTHER_VERSION);
            assertThat(demo.query("{ users { id } }").status()).isEqualTo(503);
            assertThat(demo.data("{ users { id } }").path("users").size()).isPositive();
            ApiClient analyst = demo.withToken(printed.get("token analyst"));
            assertThat(analyst.query("{ users { id } }").firstError()).isEqualTo("access denied");
            assertThat(analyst.data("{ dataLakeDatabases { name } }").path("dataLakeDatabases").size()).isEqualTo(2);
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        assertThat(Files.size(JAR)).isPositive();
    }
}
