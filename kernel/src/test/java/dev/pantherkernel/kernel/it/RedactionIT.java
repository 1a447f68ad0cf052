package dev.pantherkernel.kernel.it;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.emulator.EmulatorOptions;
import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.client.ClientOptions;
import dev.pantherkernel.magics.connect.Environment;
import dev.pantherkernel.magics.session.NotebookHost;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 28's test of redaction, through the installed kernel: a notebook whose cells name no literal value (they
 * pivot from query results) runs with {@code %panther redact} under nbconvert, is saved, exported to HTML, and writes
 * files; none of the .ipynb, the HTML and the files holds an original value (learned here straight from the emulator
 * with the same queries, unredacted), and every pivot returned the rows its original finds.
 */
class RedactionIT {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@example\\.com");
    private static final Pattern IPV4 = Pattern.compile("(?<![0-9.])(?:[0-9]{1,3}\\.){3}[0-9]{1,3}(?![0-9])");
    private static final Pattern ARN = Pattern.compile("arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:[0-9a-z-]*:[^\\s\"',\\]}]+");
    private static final Pattern TITLE_USER = Pattern.compile("AWS console login without MFA by (.+)");
    private static final String LOGINS = "SELECT p_event_time, client:ipAddress::string AS ip, actor:alternateId::string AS who,\n"
            + "       actor:displayName::string AS displayName\n"
            + "FROM okta_systemlog WHERE p_occurs_since('90 days') AND outcome:result::string = 'FAILURE'\n"
            + "ORDER BY p_event_time, ip, who";
    private static final String OF_PERSON = "SELECT count(*) AS n FROM okta_systemlog\n"
            + "WHERE p_occurs_since('90 days') AND actor:alternateId::string = {person}";

    private static PantherEmulator emulator;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().seed(28).build());
    }

    @AfterAll
    static void stop() {
        if (emulator != null) {
            emulator.close();
        }
    }

    /** What the notebook's cells would show without redaction, straight from the emulator. */
    private record Plain(Set<String> originals, long searchRows, long personRows, String who) {
    }

    private static Plain plain(Path home) {
        PantherMagics magics = new PantherMagics(new PantherSession(NotebookHost.standalone(), Environment.of(Map.of(
                "PANTHER_API_URL", emulator.url(), "PANTHER_API_TOKEN", emulator.token()), home), ClientOptions.defaults()));
        Result alerts = (Result) magics.line(List.of("alerts", "--since", "90d"));
        Result logins = (Result) magics.cell(List.of("sql"), LOGINS);
        String ip = logins.table().stringColumn("ip").get(0);
        String person = logins.table().stringColumn("who").get(0);
        String who = alerts.table().stringColumn("assignee.email").asList().stream().filter(s -> !s.isEmpty()).findFirst().orElseThrow();
        Result found = (Result) magics.line(List.of("search", ip, "--since", "90d"));
        Result ofPerson = (Result) magics.cell(List.of("sql"), OF_PERSON.replace("{person}", "'" + person + "'"));
        Result users = (Result) magics.line(List.of("users"));
        Set<String> originals = new TreeSet<>();
        for (Result r : List.of(alerts, logins, found, users)) {
            String all = r.table().printAll();
            originals.addAll(matches(EMAIL, all));
            originals.addAll(matches(IPV4, all).stream().filter(a -> !a.startsWith("127.") && !a.equals("0.0.0.0")).toList());
            originals.addAll(matches(ARN, all));
        }
        logins.table().stringColumn("displayName").asSet().stream().filter(n -> n != null && n.contains(" ")).forEach(originals::add);
        // user names: an email's local part (the demo's IAM and Okta logins), and those alert titles name
        originals.addAll(originals.stream().filter(v -> v.endsWith("@example.com")).map(v -> v.substring(0, v.indexOf('@')))
                .filter(local -> local.contains(".")).toList());
        alerts.table().stringColumn("title").asList().stream().map(TITLE_USER::matcher).filter(Matcher::matches)
                .map(m -> m.group(1)).forEach(originals::add);
        return new Plain(originals, found.table().rowCount(), ((Number) ofPerson.table().column("n").get(0)).longValue(), who);
    }

    private static Set<String> matches(Pattern pattern, String text) {
        return pattern.matcher(text).results().map(MatchResult::group).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Every value of every row of a Parquet file, and its key-value metadata, as text (DuckDB reads it). */
    private static String parquet(Path file) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:"); Statement s = db.createStatement()) {
            String name = "'" + file.toString().replace("'", "''") + "'";
            for (String sql : List.of("SELECT * FROM " + name, "SELECT CAST(key AS VARCHAR), CAST(value AS VARCHAR) FROM parquet_kv_metadata(" + name + ")")) {
                try (ResultSet rows = s.executeQuery(sql)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int c = 1; c <= columns; c++) {
                            out.append(rows.getString(c)).append('\n');
                        }
                    }
                }
            }
        }
        return out.toString();
    }

    @Test
    void aSharedNotebookItsHtmlAndItsFilesHoldNoOriginalValueAndItsPivotsFoundTheOriginalsRows() throws Exception {
        Plain plain = plain(Files.createTempDirectory(dir, "home"));
        Path nb = Notebooks.write(dir.resolve("shared.ipynb"),
                "%panther redact",
                "%panther alerts --since 90d --as a",
                "String who = a.stringColumn(\"assignee.email\").asList().stream().filter(s -> !s.isEmpty()).findFirst().get();\nwho",
                "%%panther sql --as logins\n" + LOGINS,
                "String ip = logins.stringColumn(\"ip\").get(0);\nString person = logins.stringColumn(\"who\").get(0);\n"
                        + "System.out.println(ip + \" \" + person);",
                "%panther search {ip} --since 90d --as found",
                "%%panther sql --as ofPerson\n" + OF_PERSON,
                "%%panther graphql --var e={who} --as byEmail\nquery ($e: String!) { userByEmail(email: $e) { id email } }",
                "%panther chart logins --x p_event_time --by ip --bucket 1d",
                "%panther chart --table okta_systemlog --x p_event_time --bucket 1d --by eventType --since 90d "
                        + "--where \"client:ipAddress::string = {ip}\" --show-sql",
                "%panther export a --to alerts.csv",
                "%%panther sql --to logins.parquet\n" + LOGINS,
                "found.rowCount() + \"|\" + ofPerson.longColumn(\"n\").get(0) + \"|\" + byEmail.rowCount() + \"|\" + who.endsWith(\"@redacted.example\")");
        Path out = Files.createDirectories(dir.resolve("out"));
        Map<String, String> panther = Map.of("PANTHER_API_URL", emulator.url(), "PANTHER_API_TOKEN", emulator.token());

        Path executed = Notebooks.execute(nb, out, panther);
        Notebooks.run(List.of(Jupyter.jupyterCommand(), "nbconvert", "--to", "html", "--output-dir", out.toString(),
                executed.toString()), out.resolve("html.log"), panther);

        JsonNode saved = Notebooks.read(executed);
        assertThat(Notebooks.errors(saved)).as("error cells").isEmpty();
        String last = Notebooks.text(saved.path("cells").get(12).path("outputs").get(0).path("data").path("text/plain"));
        assertThat(last).as("rows each pivot found, and who is a pseudonym")
                .isEqualTo(plain.searchRows() + "|" + plain.personRows() + "|1|true");
        assertThat(plain.searchRows()).isPositive();
        assertThat(plain.personRows()).isPositive();
        assertThat(plain.originals()).as("original values the notebook's queries return").hasSizeGreaterThan(20)
                .contains(plain.who()).anyMatch(v -> v.startsWith("arn:")).anyMatch(v -> v.contains(" "))
                .anyMatch(v -> v.matches("[a-z]+\\.[a-z]+"));
        Map<String, String> shared = Map.of(
                "the saved notebook", Files.readString(executed, StandardCharsets.UTF_8),
                "its HTML", Files.readString(out.resolve("shared.html"), StandardCharsets.UTF_8),
                "the exported CSV", Files.readString(dir.resolve("alerts.csv"), StandardCharsets.UTF_8),
                "the CSV's provenance", Files.readString(dir.resolve("alerts.csv.json"), StandardCharsets.UTF_8),
                "the Parquet file", parquet(dir.resolve("logins.parquet")));
        shared.forEach((what, text) -> assertThat(plain.originals().stream().filter(text::contains).toList())
                .as("original values in " + what).isEmpty());
        assertThat(shared.get("the saved notebook")).contains("@redacted.example").contains("ip-").contains("redacted: ");
        assertThat(shared.get("the Parquet file")).contains("ip-");
    }
}
