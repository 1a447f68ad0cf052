package dev.pantherkernel.kernel.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import dev.pantherkernel.emulator.PantherEmulator;
import java.util.Map;
import org.assertj.core.api.Assertions;

/**
 * One kernel started by Jupyter's own client library (kernel_driver.py), and the requests a front end sends it.
 * Every answer is the messages the front end received.
 */
final class KernelSession implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process driver;
    private final Path log;
    private final BufferedWriter commands;
    private final BufferedReader answers;
    private final JsonNode info;
    private final StringBuilder transcript = new StringBuilder();

    private KernelSession(Process driver, Path log) throws IOException {
        this.driver = driver;
        this.log = log;
        this.commands = new BufferedWriter(new OutputStreamWriter(driver.getOutputStream(), StandardCharsets.UTF_8));
        this.answers = new BufferedReader(new InputStreamReader(driver.getInputStream(), StandardCharsets.UTF_8));
        this.info = readAnswer();
    }

    static KernelSession start() throws IOException {
        return start(Map.of());
    }

    /** Every message this session received so far, as JSON text (to search for secrets). */
    String transcript() {
        return transcript.toString();
    }

    /**
     * Closes the kernel, then checks that the API token appeared in no message the front end received, then stops
     * the emulator.
     */
    static void closeCheckingTheToken(KernelSession kernel, PantherEmulator emulator) {
        try {
            if (kernel != null) {
                kernel.close();
                Assertions.assertThat(kernel.transcript())
                        .as("the token in any message the front end received").doesNotContain(emulator.token());
            }
        } finally {
            emulator.close();
        }
    }

    /** A kernel told about {@code emulator} the way a user tells it about their Panther, and connected to it. */
    static KernelSession connectedTo(PantherEmulator emulator) throws IOException {
        KernelSession kernel = start(Map.of("PANTHER_API_URL", emulator.url(),
                "PANTHER_API_TOKEN", emulator.token()));
        Execution connect = kernel.execute("%panther connect");
        if (!connect.status().equals("ok")) {
            kernel.close();
            throw new IllegalStateException("%panther connect failed: " + connect.errorValue());
        }
        return kernel;
    }

    static KernelSession start(Map<String, String> environment) throws IOException {
        return start(environment, Path.of("target/kernel-driver.log"));
    }

    /** A session whose driver and kernel write their stderr (the kernel's log) to {@code log}. */
    static KernelSession start(Map<String, String> environment, Path log) throws IOException {
        Path script = Path.of("src/test/python/kernel_driver.py").toAbsolutePath();
        ProcessBuilder builder = Jupyter.process(List.of(Jupyter.python(), script.toString(), "panther"))
                .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        return new KernelSession(builder.start(), log);
    }

    JsonNode info() {
        return info;
    }

    long kernelPid() {
        return info.path("kernel_pid").asLong();
    }

    Process driver() {
        return driver;
    }

    Execution execute(String code) throws IOException {
        return new Execution(request(command("execute").put("code", code)));
    }

    /** Runs code that may ask for input; every input request is answered with {@code answer}. */
    Execution executeAnswering(String code, String answer) throws IOException {
        return new Execution(request(command("execute").put("code", code).put("stdin_answer", answer)));
    }

    /** Runs code and interrupts it as soon as one of its outputs contains {@code text}. */
    Execution executeThenInterruptOn(String code, String text) throws IOException {
        return new Execution(request(command("execute").put("code", code).put("interrupt_on", text)));
    }

    /** Runs code that asks for input and interrupts it while the input box is open, never answering. */
    Execution executeThenInterruptAtInput(String code) throws IOException {
        return new Execution(request(command("execute").put("code", code).put("interrupt_at_input", true)
                .put("timeout", 60)));
    }

    Execution executeThenInterrupt(String code, double afterSeconds) throws IOException {
        return new Execution(request(command("execute").put("code", code).put("interrupt_after", afterSeconds)));
    }

    JsonNode complete(String code, int cursor) throws IOException {
        return request(command("complete").put("code", code).put("cursor", cursor)).path("reply").path("content");
    }

    JsonNode inspect(String code, int cursor) throws IOException {
        return request(command("inspect").put("code", code).put("cursor", cursor)).path("reply").path("content");
    }

    JsonNode isComplete(String code) throws IOException {
        return request(command("is_complete").put("code", code)).path("reply").path("content");
    }

    JsonNode history() throws IOException {
        return request(command("history")).path("reply").path("content");
    }

    /** Whether the heartbeat echoes a ping and the control channel answers, as {@code {"heartbeat": .., "control": ..}}. */
    JsonNode channels() throws IOException {
        return request(command("channels")).path("reply");
    }

    JsonNode kernelInfo() throws IOException {
        return request(command("kernel_info")).path("reply").path("content");
    }

    /** Asks the kernel to shut down and waits for it; returns what the driver measured. */
    JsonNode shutdown() throws IOException {
        return request(command("shutdown"));
    }

    private ObjectNode command(String op) {
        return JSON.createObjectNode().put("op", op);
    }

    private synchronized JsonNode request(ObjectNode command) throws IOException {
        commands.write(JSON.writeValueAsString(command));
        commands.newLine();
        commands.flush();
        return readAnswer();
    }

    private JsonNode readAnswer() throws IOException {
        String line = answers.readLine();
        if (line == null) {
            throw new IOException("the Jupyter client driver ended without an answer; the end of " + log + ":\n"
                    + endOfLog());
        }
        transcript.append(line).append('\n');
        JsonNode answer = JSON.readTree(line);
        if (answer.has("fatal")) {
            throw new IllegalStateException(answer.get("fatal").asText());
        }
        return answer;
    }

    /** The last lines of the log the driver and its kernel share: a CI report shows the reason, not only a path. */
    private String endOfLog() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException | UncheckedIOException unreadable) {
            return "(unreadable: " + unreadable.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        try {
            if (driver.isAlive()) {
                shutdown();
            }
        } catch (IOException | RuntimeException ignored) {
            // the driver is gone already; nothing left to shut down
        } finally {
            driver.destroy();
        }
    }
}
