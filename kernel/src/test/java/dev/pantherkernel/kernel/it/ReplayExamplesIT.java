package dev.pantherkernel.kernel.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pantherkernel.emulator.EmulatorOptions;
import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.emulator.ServerTraits;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 28's test of sharing an investigation, and every example against a Panther that answers as a real one plausibly
 * does. Every example is run by nbconvert, as the README tells users to, with a {@code %panther record FILE} cell first,
 * against an emulator with {@link ServerTraits#REALISTIC} traits (no introspection, upper-case result column names,
 * Snowflake's lower-case type names), given to the kernel through PANTHER_API_URL and PANTHER_API_TOKEN: no error cell,
 * and the columns that hold times and counts are typed as such. Then the emulator is stopped and the same notebook (its
 * record cell included, as a shared notebook would keep it) is run again with {@code PANTHER_REPLAY=FILE}: every table
 * and chart is the recorded one, no cell fails, and the kernel sent no request at all (its session counts them; a Java
 * cell at the end asks). The cells that show the connection or the recording itself say where their answers come from,
 * so they differ by design and are left out of the comparison. Both runs have the kernel's log at debug level and a
 * HOME of their own, and the token must not be found, whole or any 8-character piece of it, in either notebook, the
 * nbconvert logs (the kernel's log with them), the recording or any file under that HOME: {@link SecretLeakIT}'s sweep
 * for the examples. One run serves all three checks, so CI runs each example three times in all (here twice, and on
 * the built-in demo in {@link ExampleNotebooksIT}), not four.
 */
class ReplayExamplesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path OUT = Path.of("target/replayed-examples").toAbsolutePath();
    private static final ReliabilityFigures SWEPT = new ReliabilityFigures("secret-sweep-examples");
    private static final Pattern TABLE = Pattern.compile("<table class=\"panther\".*?</table>", Pattern.DOTALL);
    private static final Pattern SHAPE = Pattern.compile("[\\d,]+ rows? × [\\d,]+ columns?");
    private static final Pattern COUNT = Pattern.compile("(\\d+)");
    private static final String REQUESTS_SENT = "import dev.pantherkernel.magics.session.PantherSession;\n"
            + "PantherSession.current().requestsSent()";
    private static final String PLOTLY = "application/vnd.plotly.v1+json";
    /** Columns the examples show, by name in any case, and the type each must have. */
    private static final Map<String, String> TYPED = Map.of("createdat", "INSTANT", "lastreceivedeventat", "INSTANT",
            "lastloggedinat", "INSTANT", "p_event_time", "INSTANT", "time", "INSTANT", "users", "LONG",
            "failures", "LONG");

    static List<Path> examples() throws IOException {
        return Notebooks.examples();
    }

    @ParameterizedTest
    @MethodSource("examples")
    void runsAgainstARealisticPantherWithTypedColumnsAndReplayedWithItStoppedShowsTheSameTablesWithoutARequest(Path example)
            throws Exception {
        String name = example.getFileName().toString().replace(".ipynb", "");
        Path work = Files.createDirectories(OUT.resolve(name));
        Path recording = work.resolve(name + ".recording.jsonl.gz");
        Path notebook = withRecordCell(example, recording, work.resolve(name + ".ipynb"));
        Path homeDir = Files.createTempDirectory(work, "home");
        Map<String, String> home = homeOfItsOwn(homeDir);

        long started = System.nanoTime();
        JsonNode recorded;
        String token;
        try (PantherEmulator emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().traits(ServerTraits.REALISTIC).build())) {
            token = emulator.token();
            recorded = Notebooks.read(Notebooks.execute(notebook, work.resolve("recorded"),
                    with(home, Map.of("PANTHER_API_URL", emulator.url(), "PANTHER_API_TOKEN", token))));
        }
        long recordedAt = System.nanoTime();
        JsonNode replayed = Notebooks.read(Notebooks.execute(notebook, work.resolve("replayed"),
                with(home, Map.of("PANTHER_REPLAY", recording.toString()))));
        System.out.printf("%s: recorded in %.1f s, replayed in %.1f s, recording %,d bytes%n", name,
                (recordedAt - started) / 1e9, (System.nanoTime() - recordedAt) / 1e9, Files.size(recording));

        assertThat(Notebooks.errors(recorded)).as("error cells of %s while recording", name).isEmpty();
        assertTimesAndCountsAreTyped(example, recorded);
        assertThat(Notebooks.errors(replayed)).as("error cells of %s on replay", name).isEmpty();
        List<String> live = shown(recorded);
        List<String> again = shown(replayed);
        assertThat(again).as("tables and charts of %s on replay", name).hasSameSizeAs(live);
        for (int i = 0; i < live.size(); i++) {
            assertThat(again.get(i)).as("output %d of %s on replay", i, name).isEqualTo(live.get(i));
        }
        boolean asksPanther = asksPanther(example);
        assertThat(requestsSent(recorded)).as("requests %s sent while recording", name)
                .matches(n -> asksPanther ? n > 0 : n == 0);
        assertThat(requestsSent(replayed)).as("requests %s sent on replay", name).isZero();
        assertThat(replayed.toString()).as("%s's record cell on replay", name).contains("not recording: this session replays");
        if (asksPanther) {
            assertThat(live).as("tables and charts of %s", name).isNotEmpty();
            assertThat(replayed.toString()).as("%s's footers on replay", name).contains("replayed from " + recording);
        }
        assertNoPieceOfTheTokenIsLeftBehind(name, work, homeDir, token);
    }

    /** A HOME (and its XDG directories) for one example's two runs, and the examples' kernel logging at debug level. */
    private static Map<String, String> homeOfItsOwn(Path home) {
        return Map.of("HOME", home.toString(), "XDG_CONFIG_HOME", home.resolve(".config").toString(),
                "XDG_CACHE_HOME", home.resolve(".cache").toString(), "JUPYTER_PATH", Kernel.PATH.toString());
    }

    /** The examples' kernelspec ({@link DerivedKernelspec#C1_ONLY}) with its log at debug level, made once. */
    private static final class Kernel {
        static final Path PATH = DerivedKernelspec.of("examples-debug", DerivedKernelspec.C1_ONLY, TokenSweep::debugLog);
    }

    private static Map<String, String> with(Map<String, String> home, Map<String, String> panther) {
        Map<String, String> environment = new LinkedHashMap<>(home);
        environment.putAll(panther);
        return environment;
    }

    private static void assertNoPieceOfTheTokenIsLeftBehind(String name, Path work, Path home, String token) throws IOException {
        TokenSweep sweep = new TokenSweep();
        for (String run : List.of("recorded", "replayed")) {
            sweep.addFile(run + " notebook", work.resolve(run).resolve(name + ".ipynb"))
                    .addFile(run + " nbconvert and kernel log", work.resolve(run).resolve(name + ".log"));
        }
        sweep.addFile("recording", work.resolve(name + ".recording.jsonl.gz")).addFiles(home, "file ");
        assertThat(sweep.sources().get("recorded nbconvert and kernel log")).as("the kernel's debug log of %s", name)
                .contains("DEBUG");
        List<String> leaks = sweep.leaksOf(List.of(token));
        assertThat(leaks).as("pieces of the token found after %s", name).isEmpty();
        SWEPT.row(Map.of("notebook", name, "sources", sweep.sources().size(), "characters", sweep.characters(),
                "leaks", leaks.size()));
        SWEPT.total("piecesPerToken", token.length() - TokenSweep.PIECE + 1);
        SWEPT.save();
    }

    private static void assertTimesAndCountsAreTyped(Path example, JsonNode executed) {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Map<String, String> table : Notebooks.tableColumns(executed)) {
            for (Map.Entry<String, String> column : table.entrySet()) {
                String expected = TYPED.get(column.getKey().toLowerCase(Locale.ROOT));
                if (expected != null) {
                    checked++;
                    if (!expected.equals(column.getValue())) {
                        wrong.add(column.getKey() + " is " + column.getValue() + ", not " + expected);
                    }
                }
            }
        }
        assertThat(wrong).as("column types in %s", example.getFileName()).isEmpty();
        if (!example.getFileName().toString().startsWith("getting-started")) {
            assertThat(checked).as("typed columns checked in %s", example.getFileName()).isPositive();
        }
    }

    /** Whether a cell of {@code example} runs a command that asks Panther (anything but help). */
    private static boolean asksPanther(Path example) throws IOException {
        for (JsonNode cell : JSON.readTree(example.toFile()).path("cells")) {
            boolean command = Notebooks.text(cell.path("source")).lines().map(String::strip)
                    .anyMatch(line -> line.matches("%%?panther\\s+.*") && !line.startsWith("%panther help"));
            if (command) {
                return true;
            }
        }
        return false;
    }

    /** A copy of {@code example} with a {@code %panther record} cell first and a cell asking how many requests went out last. */
    private static Path withRecordCell(Path example, Path recording, Path copy) throws IOException {
        ObjectNode notebook = (ObjectNode) JSON.readTree(example.toFile());
        ArrayNode cells = (ArrayNode) notebook.get("cells");
        cells.insert(0, cell("record", "%panther record " + recording));
        cells.add(cell("requests-sent", REQUESTS_SENT));
        Files.writeString(copy, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(notebook));
        return copy;
    }

    private static ObjectNode cell(String id, String source) {
        ObjectNode cell = JSON.createObjectNode().put("cell_type", "code").put("id", id).putNull("execution_count");
        cell.putObject("metadata");
        cell.putArray("outputs");
        cell.put("source", source);
        return cell;
    }

    /**
     * What each cell shows of its answers, in order: a table's header, types, rows shown and shape; a chart's traces;
     * any other value's text. Not the footers (elapsed times, query ids, where from) nor the cells that connect or record.
     */
    private static List<String> shown(JsonNode executed) {
        List<String> shown = new ArrayList<>();
        for (JsonNode cell : executed.path("cells")) {
            String source = Notebooks.text(cell.path("source")).strip();
            if (source.startsWith("%panther connect") || source.startsWith("%panther record")
                    || source.equals(REQUESTS_SENT)) {
                continue;
            }
            for (JsonNode output : cell.path("outputs")) {
                String type = output.path("output_type").asText();
                if (type.equals("execute_result") || type.equals("display_data")) {
                    shown.add(source.lines().findFirst().orElse("") + "\n" + answerShown(output.path("data")));
                }
            }
        }
        return shown;
    }

    private static String answerShown(JsonNode data) {
        if (data.has(PLOTLY)) {
            return data.get(PLOTLY).path("data").toString();
        }
        String html = Notebooks.text(data.path("text/html"));
        Matcher table = TABLE.matcher(html);
        if (html.contains("panther-table") && table.find()) {
            Matcher shape = SHAPE.matcher(html);
            return table.group() + (shape.find() ? "\n" + shape.group() : "");
        }
        return Notebooks.text(data.path("text/plain"));
    }

    private static long requestsSent(JsonNode executed) {
        for (JsonNode cell : executed.path("cells")) {
            if (Notebooks.text(cell.path("source")).strip().equals(REQUESTS_SENT)) {
                for (JsonNode output : cell.path("outputs")) {
                    Matcher count = COUNT.matcher(Notebooks.text(output.path("data").path("text/plain")));
                    if (count.find()) {
                        return Long.parseLong(count.group(1));
                    }
                }
            }
        }
        throw new AssertionError("no count of requests sent in the notebook's last cell");
    }
}
