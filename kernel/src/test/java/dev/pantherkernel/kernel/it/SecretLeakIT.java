package dev.pantherkernel.kernel.it;

import dev.pantherkernel.emulator.EmulatorOptions;
import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.emulator.faults.FaultRule;
import dev.pantherkernel.magics.command.Dispatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No secret leaves the kernel. With known tokens (the one in the environment, one passed with --token-env, one in a
 * profile, one typed into the password prompt), the kernel runs every %panther command and subcommand (the test
 * fails when the grammar has one it does not run), their error paths (denied, rejected, refused, faults, invalid
 * input) and the Java API; its log is at debug level. Then every message the front end received, the kernel log and
 * every file the kernel wrote under its home are searched for each token and every 8-character piece of it: there
 * must be none. The example notebooks are swept the same way where they run with a token already:
 * {@link ReplayExamplesIT} (one run each serves both).
 */
class SecretLeakIT {

    private static final Path OUT = Path.of("target", "secret-sweep").toAbsolutePath();
    private static final ReliabilityFigures FIGURES = new ReliabilityFigures("secret-sweep");

    private static PantherEmulator emulator;
    private static KernelSession kernel;
    private static Path home;
    private static Path jupyterPath;
    private static Map<String, String> environment;
    private static final Set<String> COMMANDS_RUN = new TreeSet<>();
    private static final List<String> CELLS = new ArrayList<>();
    private static String alertId;

    @BeforeAll
    static void start() throws IOException {
        Files.createDirectories(OUT);
        home = Files.createTempDirectory("panther-secret-home");
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().seed(21).token("reader", Set.of("AlertRead"))
                .token("nobody", Set.of()).token("typed", Set.of("AlertRead", "UserRead"))
                .token("rotating", Set.of("GeneralSettingsRead")).build());
        Path profiles = Files.createDirectories(home.resolve(".config/panther-kernel")).resolve("profiles.toml");
        Files.writeString(profiles, "[staging]\nurl = \"" + emulator.url() + "\"\ntoken = \"" + emulator.tokenFor("nobody") + "\"\n");
        Files.setPosixFilePermissions(profiles, PosixFilePermissions.fromString("rw-------"));
        jupyterPath = DerivedKernelspec.of("debug", List.of(), TokenSweep::debugLog);
        environment = Map.of("PANTHER_API_URL", emulator.url(), "PANTHER_API_TOKEN", emulator.token(),
                "READER_TOKEN", emulator.tokenFor("reader"), "BAD_TOKEN", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                "ROTATING_TOKEN", emulator.tokenFor("rotating"),
                // HOME alone: the kernel reads its profile and keeps its caches under $HOME, as the shell reads it,
                // not under the JVM's user.home (the password database's, /root here)
                "HOME", home.toString(), "JUPYTER_PATH", jupyterPath.toString());
        Files.deleteIfExists(OUT.resolve("kernel.log"));
        kernel = KernelSession.start(environment, OUT.resolve("kernel.log"));
    }

    @AfterAll
    static void stop() {
        if (kernel != null) {
            kernel.close();
        }
        emulator.close();
    }

    private static Execution run(String cell) throws IOException {
        CELLS.add(cell);
        String[] words = cell.replaceFirst("^%%?panther\\s+", "").split("\\s+");
        if (cell.startsWith("%")) {
            COMMANDS_RUN.add(words[0]);
            if (words.length > 1 && (words[0].equals("user") || words[0].equals("role") || words[0].equals("token"))) {
                COMMANDS_RUN.add(words[0] + " " + words[1]);
            }
        }
        return kernel.execute(cell);
    }

    private static void ok(String cell) throws IOException {
        Execution run = run(cell);
        assertThat(run.status()).as("%s: %s", cell, run.errorValue()).isEqualTo("ok");
    }

    private static void fails(String cell, String says) throws IOException {
        Execution run = run(cell);
        assertThat(run.status()).as(cell).isEqualTo("error");
        assertThat(run.errorValue()).as(cell).contains(says);
    }

    @Test
    void noTokenNorAnyEightCharacterPieceOfOneAppearsAnywhere() throws Exception {
        everyCommandAndItsErrors();

        TokenSweep sweep = new TokenSweep().add("messages to the front end", kernel.transcript() + kernel.history() + kernel.kernelInfo());
        kernel.close();
        sweep.add("kernel log", Files.readString(OUT.resolve("kernel.log")));
        sweep.addFiles(home, "file ");
        // the kernel's emulator keeps the demo's files in the cache all the test classes share, outside this HOME
        String cache = Jupyter.environment().get(EmulatorOptions.CACHE_VARIABLE);
        if (cache != null && Files.isDirectory(Path.of(cache))) {
            sweep.addFiles(Path.of(cache), "emulator cache file ");
        }
        assertThat(sweep.sources().get("kernel log")).as("the kernel's debug log").contains("DEBUG");

        String rotated = Files.readAllLines(home.resolve(".config/panther-kernel/profiles.toml")).stream()
                .dropWhile(line -> !line.strip().equals("[rotated]")).filter(line -> line.strip().startsWith("token = "))
                .findFirst().orElseThrow().strip().substring("token = ".length()).replace("\"", "");
        List<String> secrets = List.of(emulator.token(), emulator.tokenFor("reader"), emulator.tokenFor("nobody"),
                emulator.tokenFor("typed"), emulator.tokenFor("rotating"), rotated);
        List<String> leaks = sweep.leaksOf(secrets);
        assertThat(leaks).as("pieces of a token found").isEmpty();

        FIGURES.total("tokens", secrets.size()).total("piecesPerToken", secrets.get(0).length() - TokenSweep.PIECE + 1)
                .total("cellsRun", CELLS.size()).total("commandsRun", COMMANDS_RUN.size())
                .total("sourcesSearched", sweep.sources().size())
                .total("charactersSearched", sweep.characters()).total("leaksFound", leaks.size());
        sweep.sources().forEach((name, text) -> FIGURES.row(Map.of("source", name, "characters", text.length())));
        FIGURES.save();
    }

    private static void everyCommandAndItsErrors() throws IOException {
        ok("%panther help");
        ok("%panther help alerts");
        ok("%panther connect");
        ok("%panther version");
        ok("%panther whoami");
        ok("%panther alerts --since 30d --as a");
        alertId = kernel.execute("a.stringColumn(\"id\").get(0)").text().replace("\"", "");
        ok("%panther alert " + alertId);
        ok("%panther alert " + alertId + " --events --limit 5");
        ok("%panther alert " + alertId + " --entities");
        ok("%panther alert " + alertId + " --status TRIAGED");
        ok("%panther users --as u");
        String email = kernel.execute("u.stringColumn(\"email\").get(0)").text().replace("\"", "");
        ok("%panther alert " + alertId + " --assign " + email);
        ok("%panther alert " + alertId + " --comment checked");
        ok("%panther roles");
        ok("%panther role create LeakCheck --permissions AlertRead");
        ok("%panther role update LeakCheck --permissions AlertRead,UserRead");
        ok("%panther user invite --email leak.check@example.com --given-name Leak --family-name Check --role LeakCheck");
        ok("%panther users --as invited");
        String id = kernel.execute("invited.where(invited.stringColumn(\"email\").isEqualTo(\"leak.check@example.com\"))"
                + ".stringColumn(\"id\").get(0)").text().replace("\"", "");
        ok("%panther user update " + id + " --given-name Lee");
        ok("%panther user delete " + id);
        ok("%panther role delete LeakCheck");
        ok("%panther metrics alerts-per-severity --since 7d");
        ok("%panther schema");
        ok("%panther schema Alert.severity");
        ok("%%panther graphql\n{ users { email role { name } } }");
        ok("%%panther sql --as s\nSELECT p_event_time, actor:alternateId::string AS who FROM okta_systemlog WHERE p_occurs_since('7 days') LIMIT 20");
        ok("%panther search 203.0.113.9 --since 7d");
        ok("%panther entity ip 203.0.113.9 --since 7d --show-sql --as attacker");
        ok("%panther queries --as q");
        String queryId = kernel.execute("q.stringColumn(\"id\").get(0)").text().replace("\"", "");
        ok("%panther attach " + queryId);
        fails("%panther cancel " + queryId, "not running");
        ok("%panther tables");
        ok("%panther columns okta_systemlog");
        ok("%panther chart a --x createdAt --by severity --bucket 1d");
        ok("%panther chart --table aws_cloudtrail --x p_event_time --bucket 1d --by eventName --top 3 --show-sql");
        // files the commands write are searched too (everything under HOME is)
        Path parquet = home.resolve("leak-check.parquet");
        ok("%%panther sql --to " + parquet + "\nSELECT p_event_time, actor:alternateId::string AS who FROM okta_systemlog "
                + "WHERE p_occurs_since('7 days') LIMIT 20");
        ok("%%panther sql --to " + home.resolve("leak-check.csv.gz") + "\nSELECT 1 AS n");
        ok("%panther export s --to " + home.resolve("leak-check.jsonl"));
        ok("%%panther local\nSELECT count(*) AS n FROM s JOIN '" + parquet + "' f USING (p_event_time)");
        ok("Panther.alerts().since(Duration.ofDays(30)).fetch()");
        ok("Panther.graphql(\"{ generalSettings { pantherVersion } }\")");
        ok("Panther.last()");
        ok("Panther.connect()");
        ok("dev.pantherkernel.magics.session.PantherSession.current().connection().settings()");
        ok("%panther redact");
        ok("%panther alerts --since 30d");
        ok("%panther redact --off");
        // the rest of Panther's API, recorded (the recording is searched, unzipped, with the other files)
        ok("%panther record " + home.resolve("sweep.recording.jsonl.gz"));
        ok("%panther sources");
        ok("%panther log-schemas");
        ok("%panther cloud-accounts");
        ok("%panther detections --as d");
        String detection = kernel.execute("d.stringColumn(\"id\").get(0)").text().replace("\"", "");
        ok("%panther detection " + detection);
        ok("%panther saved-queries");
        ok("%panther rest GET /api-tokens/self");
        ok("%panther alert " + alertId + " --show-comments");
        ok("%panther alert " + alertId + " --ai-summary");
        ok("%panther metrics totals");
        ok("String window = \"7d\";");
        ok("%panther parameters window=1d");
        ok("%panther display --rows 30");
        ok("%panther display --reset");
        ok("%panther record --stop");

        fails("%panther alerts --severity hihg", "did you mean");
        fails("%%panther graphql\n{ users { emial } }", "cell line 2, column");
        fails("%panther connect --url http://203.0.113.9", "refusing http://");
        ok("%panther connect --url " + emulator.url() + " --token-env READER_TOKEN");
        fails("%panther users", "access denied");
        fails("%panther connect --url " + emulator.url() + " --token-env BAD_TOKEN", "token rejected");
        ok("%panther connect --profile staging");
        fails("%panther alerts --since 7d", "access denied");
        CELLS.add("(password prompt)");
        Execution prompted = kernel.executeAnswering("%panther connect --url " + emulator.url() + " --prompt",
                emulator.tokenFor("typed"));
        assertThat(prompted.status()).isEqualTo("ok");
        fails("%panther metrics alerts-per-severity", "SummaryRead");
        ok("%panther connect");
        for (FaultRule fault : List.of(FaultRule.newFaultRule("alerts").htmlErrorPage().build(), FaultRule.newFaultRule("alerts").truncatedBody().build(),
                FaultRule.newFaultRule("alerts").status(500).skip(1).build())) {
            emulator.faults().add(fault);
            try {
                fails("%%panther graphql --as partial\n{ alerts(input: {pageSize: 2}) { edges { node { id } } } }", "alerts failed");
            } finally {
                emulator.faults().clear();
            }
        }
        fails("%%panther sql\nSELECT no_such_column FROM okta_systemlog", "failed");
        // a token of its own to rotate: the new one is kept in the profile file (not searched) and must show nowhere else
        ok("%panther connect --url " + emulator.url() + " --token-env ROTATING_TOKEN");
        ok("%panther token rotate --to-profile rotated");
        ok("%panther version");
        ok("%panther connect");

        Set<String> grammar = new TreeSet<>();
        for (Map.Entry<String, CommandLine> command : Dispatcher.grammar().getSubcommands().entrySet()) {
            grammar.add(command.getKey());
            command.getValue().getSubcommands().keySet().forEach(sub -> grammar.add(command.getKey() + " " + sub));
        }
        assertThat(COMMANDS_RUN).as("commands and subcommands this sweep ran").containsAll(grammar);
    }
}
