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
import java.util.ArrayList;

/** {@code java -jar panther-emulator.jar} prints its URL and keys and serves until stopped. */
class StandaloneJarIT {
    private static final Path JAR = Path.of("target", "panther-emulator.jar");

    /** The jar started with {@code options}, and what it printed before serving ({@code NAME=value} lines). */
    private record Started(Process process, Map<String, String> printed) implements AutoCloseable {
        static Started with(String... options) throws Exception {
            String java = ProcessHandle.current().info().command().orElse("java");
            List<String> command = new ArrayList<>(List.of(java, "-jar", JAR.toString(), "--port", "0"));
            command.addAll(List.of(options));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            Map<String, String> printed = new HashMap<>();
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            for (String line = out.readLine(); line != null && !line.startsWith("Serving"); line = out.readLine()) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    printed.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
            return new Started(process, printed);
        }

        ApiClient demo() {
            return new ApiClient(printed.get("PANTHER_API_URL"), printed.get("PANTHER_API_TOKEN"));
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    void theJarPrintsUrlAndKeysAndServesTheApi() throws Exception {
        assertThat(JAR).exists();
        try (Started jar = Started.with("--scale", "0", "--token", "analyst=AlertRead,DataAnalyticsRead",
                "--fault", "users=503,times=1", "--fault", "GET /roles=503,times=1")) {
            assertThat(jar.printed()).containsKeys("PANTHER_API_URL", "PANTHER_REST_API_URL", "PANTHER_API_TOKEN", "token analyst");
            ApiClient demo = jar.demo();
            assertThat(demo.data("{ generalSettings { pantherVersion } }").path("generalSettings").path("pantherVersion").asText())
                    .isEqualTo(PantherEmulator.PANTHER_VERSION);
            assertThat(demo.query("{ users { id } }").status()).isEqualTo(503);
            assertThat(demo.data("{ users { id } }").path("users").size()).isPositive();
            ApiClient analyst = demo.withToken(jar.printed().get("token analyst"));
            assertThat(analyst.query("{ users { id } }").firstError()).isEqualTo("access denied");
            assertThat(analyst.data("{ dataLakeDatabases { name } }").path("dataLakeDatabases").size()).isEqualTo(3);

            RestClient rest = new RestClient(jar.printed().get("PANTHER_REST_API_URL"), jar.printed().get("PANTHER_API_TOKEN"));
            assertThat(rest.unchecked().get("/roles").status()).isEqualTo(503);
            assertThat(rest.get("/roles").body().path("results").size()).isPositive();
            assertThat(rest.withToken(jar.printed().get("token analyst")).get("/alerts?limit=1").status()).isEqualTo(200);
            assertThat(rest.withToken(jar.printed().get("token analyst")).get("/users").status()).isEqualTo(403);
        }
        assertThat(Files.size(JAR)).isPositive();
    }

    @Test
    void theJarAnswersAsARealPantherMightWhenAskedTo() throws Exception {
        try (Started jar = Started.with("--scale", "0.01", "--introspection", "off", "--database-names", "short",
                "--result-case", "upper", "--type-names", "snowflake-lower")) {
            ApiClient api = jar.demo();
            DataLakeClient lake = new DataLakeClient(api);
            String id = lake.execute("SELECT count(*) AS events FROM okta_systemlog", "panther_logs.public");
            lake.await(id);

            assertThat(api.query("{ __schema { queryType { name } } }").firstError()).contains("__schema");
            assertThat(api.data("{ dataLakeDatabases { name } }").path("dataLakeDatabases").findValuesAsText("name"))
                    .containsExactly("panther_logs", "panther_rule_matches", "panther_lookups");
            assertThat(lake.page(id, null, 999).path("columnInfo").toString())
                    .isEqualTo("{\"order\":[\"EVENTS\"],\"types\":{\"EVENTS\":\"fixed\"}}");
        }
    }
}
