package dev.pantherkernel.kernel.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kernel against the Jupyter messaging protocol, as a conformance suite of the kind Jupyter's own projects run
 * (jupyter_kernel_test): conformance.py drives the installed kernel through jupyter_client, sends every request a
 * front end sends, and checks each reply and each IOPub message against the spec's shapes (header, parent header,
 * content keys and types, busy/idle framing). Each check below is one request or scenario; its problems are listed.
 */
class ProtocolConformanceIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, JsonNode> CHECKS = new LinkedHashMap<>();
    private static String log = "";

    @BeforeAll
    static void runTheSuite() throws IOException, InterruptedException {
        Path script = Path.of("src/test/python/conformance.py").toAbsolutePath();
        Path errors = Path.of("target/conformance.log").toAbsolutePath();
        Process process = Jupyter.process(List.of(Jupyter.python(), script.toString(), "panther"))
                .redirectError(errors.toFile()).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("conformance.py finished").isTrue();
        log = Files.readString(errors);
        for (String line : out.lines().toList()) {
            JsonNode check = JSON.readTree(line);
            CHECKS.put(check.path("check").asText(), check);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kernel_info", "execute_stdout", "execute_stderr", "execute_result", "execute_display_data",
            "execute_error", "complete", "inspect", "is_complete_complete", "is_complete_incomplete", "is_complete_invalid",
            "history_tail", "history_tail_order", "history_range", "history_search", "history_with_output", "comm_info",
            "interrupt", "restart", "shutdown"})
    void everyReplyAndEveryIoPubMessageHasTheShapeTheMessagingSpecGives(String check) {
        assertThat(CHECKS).as("checks conformance.py ran (its log: %s)", log).containsKey(check);
        assertThat(CHECKS.get(check).path("problems")).as("problems found by the %s check", check).isEmpty();
        assertThat(CHECKS.get(check).path("seen").asInt()).as("messages the %s check looked at", check).isPositive();
    }
}
