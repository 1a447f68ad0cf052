package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.api.Panther;
import dev.pantherkernel.magics.datalake.sql.PreparedSql;
import dev.pantherkernel.magics.lakechart.LakeChartResult;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code %panther redact} against the demo over HTTP: with it on, no table, footer, chart, SQL shown, file or error
 * holds an email, IP, user name or ARN of the data (learned here from the same commands run without it), and a
 * pseudonym put back into a query finds the same rows its original does.
 */
class RedactCommandTest {

    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@example\\.com");
    private static final Pattern IPV4 = Pattern.compile("\\b(?:\\d{1,3}\\.){3}\\d{1,3}\\b");
    private static final String FAILED_LOGINS = "SELECT client:ipAddress::string AS ip, actor:alternateId::string AS who, "
            + "actor:displayName::string AS displayName, p_any_usernames\n"
            + "FROM okta_systemlog WHERE p_occurs_since('30 days') AND outcome:result::string = 'FAILURE'";

    private static Set<String> originals;
    private static long failuresOfTheFirstAddress;
    private static String firstAddress;

    private final RecordingHost host = new RecordingHost();
    private final PantherSession session = Sessions.demoToken(host);
    private final PantherMagics magics = new PantherMagics(session);

    @TempDir
    Path dir;

    @BeforeAll
    static void learnTheOriginalValuesWithoutRedaction() {
        PantherMagics plain = new PantherMagics(Sessions.demoToken(new RecordingHost()));
        Set<String> values = new TreeSet<>();
        Result alerts = (Result) plain.line(List.of("alerts", "--since", "30d"));
        Result logins = (Result) plain.cell(List.of("sql"), FAILED_LOGINS);
        Result users = (Result) plain.line(List.of("users"));
        Result flows = (Result) plain.cell(List.of("sql"), "SELECT DISTINCT srcAddr FROM aws_vpcflow WHERE p_occurs_since('30 days')");
        for (Result r : List.of(alerts, logins, users, flows)) {
            values.addAll(matches(EMAIL, everything(r.table())));
            values.addAll(matches(IPV4, everything(r.table())).stream().filter(ip -> !ip.startsWith("127.")).toList());
        }
        logins.table().stringColumn("displayName").asSet().stream().filter(n -> n != null && !n.isEmpty()).forEach(values::add);
        originals = values;
        firstAddress = logins.table().stringColumn("ip").get(0);
        failuresOfTheFirstAddress = logins.table().stringColumn("ip").isEqualTo(firstAddress).size();
    }

    private static String everything(Table table) {
        StringBuilder out = new StringBuilder(table.name()).append('\n').append(String.join(",", table.columnNames())).append('\n');
        table.columns().forEach(c -> {
            for (int i = 0; i < c.size(); i++) {
                out.append(c.getString(i)).append('\n');
            }
        });
        return out.toString();
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static void assertNoOriginalIn(String what, String text) {
        assertThat(originals).as("values the demo holds").hasSizeGreaterThan(10).contains(firstAddress);
        List<String> leaked = originals.stream().filter(text::contains).toList();
        assertThat(leaked).as("original values in " + what).isEmpty();
    }

    private static String shown(Result result) {
        return everything(result.table()) + String.join("\n", result.footer()) + "\n" + String.join("\n", result.warnings());
    }

    private Result line(String... words) {
        return (Result) magics.line(List.of(words));
    }

    @Test
    void aBareRedactTurnsEveryKindOnAndSaysWhatItReplaces() {
        Result on = line("redact");

        assertThat(on.table().stringColumn("replaces").asList()).hasSize(4).anyMatch(r -> r.startsWith("emails"));
        assertThat(on.table().stringColumn("shown as").asList()).contains("user-<12 hex>@redacted.example", "ip-<12 hex>.redacted");
        assertThat(String.join(" ", on.footer())).contains("redaction on: emails, IPs, user names, ARNs");
        assertThat(session.redaction().on()).isTrue();
        assertThat(line("redact").footer()).as("asked again, it only says what is on").isEqualTo(on.footer());
    }

    @Test
    void tablesFootersAndBoundVariablesHoldPseudonymsOnly() {
        line("redact");

        Result alerts = line("alerts", "--since", "30d", "--as", "a");
        Result logins = (Result) magics.cell(List.of("sql", "--as", "logins"), FAILED_LOGINS);

        assertNoOriginalIn("the alerts", shown(alerts));
        assertNoOriginalIn("the failed logins", shown(logins));
        assertNoOriginalIn("the table bound to a", everything((Table) host.bound.get("a")));
        assertThat(logins.table().stringColumn("ip").get(0)).matches("ip-[0-9a-f]{12}\\.redacted");
        assertThat(logins.table().stringColumn("who").get(0)).matches("user-[0-9a-f]{12}@redacted\\.example");
        assertThat(logins.redaction()).startsWith("redacted: ").contains(" emails", " IPs", " user names")
                .endsWith("(consistent pseudonyms; the original values stay in this kernel)");
        assertThat(session.last().orElseThrow().table()).isSameAs(logins.table());
    }

    @Test
    void aPseudonymPutBackIntoAQueryFindsTheRowsOfItsOriginal() {
        line("redact");
        Result logins = (Result) magics.cell(List.of("sql"), FAILED_LOGINS);
        String ip = logins.table().stringColumn("ip").get(0);
        host.variables.put("ip", ip);

        Result again = (Result) magics.cell(List.of("sql"), "SELECT client:ipAddress::string AS ip FROM okta_systemlog "
                + "WHERE p_occurs_since('30 days') AND outcome:result::string = 'FAILURE' AND client:ipAddress::string = {ip}");
        Result literal = (Result) magics.cell(List.of("sql"), "SELECT count(*) AS n FROM okta_systemlog "
                + "WHERE p_occurs_since('30 days') AND outcome:result::string = 'FAILURE' AND client:ipAddress::string = '" + ip + "'");
        Result searched = line("search", "{ip}", "--since", "30d");
        Result searchedAsWritten = line("search", ip, "--since", "30d");

        assertThat(again.table().rowCount()).isEqualTo(failuresOfTheFirstAddress);
        assertThat(again.table().stringColumn("ip").asSet()).containsExactly(ip);
        assertThat(((Number) literal.table().column("n").get(0)).longValue()).isEqualTo(failuresOfTheFirstAddress);
        assertThat(searched.table().rowCount()).isPositive();
        assertThat(searched.table().stringColumn("matched").asSet()).containsExactly(ip);
        assertThat(searchedAsWritten.table().rowCount()).isEqualTo(searched.table().rowCount());
        assertNoOriginalIn("the search", shown(searched));
    }

    @Test
    void aPseudonymInAGraphQLVariableOrStringIsAskedAboutAsItsOriginal() {
        line("redact");
        String email = line("users").table().stringColumn("email").get(0);
        host.variables.put("email", email);

        Result byVariable = (Result) magics.cell(List.of("graphql", "--var", "e={email}"),
                "query ($e: String!) { userByEmail(email: $e) { id email } }");
        Result byLiteral = (Result) magics.cell(List.of("graphql"), "{ userByEmail(email: \"" + email + "\") { id email } }");
        Result byPlaceholder = (Result) magics.cell(List.of("graphql"), "{ userByEmail(email: {email}) { id email } }");

        for (Result r : List.of(byVariable, byLiteral, byPlaceholder)) {
            assertThat(r.table().rowCount()).isEqualTo(1);
            assertThat(r.table().stringColumn("email").get(0)).isEqualTo(email);
        }
    }

    @Test
    void theSqlShownByDryRunAndChartsHoldPseudonyms() {
        line("redact");
        String ip = ((Result) magics.cell(List.of("sql"), FAILED_LOGINS)).table().stringColumn("ip").get(0);
        host.variables.put("ip", ip);

        PreparedSql dryRun = (PreparedSql) magics.cell(List.of("sql", "--dry-run"),
                "SELECT * FROM okta_systemlog WHERE p_occurs_since('1 day') AND client:ipAddress::string = {ip}");
        LakeChartResult chart = (LakeChartResult) magics.line(List.of("chart", "--table", "okta_systemlog", "--x", "p_event_time",
                "--bucket", "1d", "--by", "eventType", "--since", "30d", "--where",
                "client:ipAddress::string = {ip} AND outcome:result::string = 'FAILURE'", "--show-sql"));
        LakeChartResult byAddress = (LakeChartResult) magics.line(List.of("chart", "--table", "aws_vpcflow", "--x", "p_event_time",
                "--bucket", "1d", "--by", "srcAddr", "--top", "3", "--since", "30d"));

        assertThat(dryRun.toString()).contains(ip).doesNotContain(firstAddress);
        assertThat(chart.toString()).as("the SQL shows the placeholder").contains("{ip}").doesNotContain(firstAddress);
        assertThat(chart.rowsAggregated()).as("the chart counted the original's rows").isEqualTo(failuresOfTheFirstAddress);
        assertNoOriginalIn("the chart's buckets", shown(byAddress.buckets()));
        assertNoOriginalIn("the chart's figure", byAddress.figure().asJavascript("c"));
        assertThat(byAddress.figure().asJavascript("c")).contains("ip-").contains("other");
    }

    @Test
    void filesWrittenWhileRedactingHoldPseudonymsOnly() throws IOException {
        line("redact");
        line("alerts", "--since", "30d", "--as", "a");
        host.variables.put("a", host.bound.get("a"));
        Path csv = dir.resolve("a.csv");
        Path lines = dir.resolve("logins.jsonl");

        Result exported = line("export", "a", "--to", csv.toString());
        Result streamed = (Result) magics.cell(List.of("sql", "--to", lines.toString()), FAILED_LOGINS);

        assertNoOriginalIn("the exported CSV", Files.readString(csv));
        assertNoOriginalIn("the streamed JSON lines", Files.readString(lines));
        assertNoOriginalIn("the provenance beside it", Files.readString(dir.resolve("logins.jsonl.json")));
        assertThat(Files.readString(lines)).contains("ip-").contains("@redacted.example");
        assertThat(streamed.redaction()).startsWith("redacted: ").contains(" IPs");
        assertThat(exported.redaction()).startsWith("redacted: ");
    }

    @Test
    void aTableFetchedBeforeRedactionIsRedactedWhenExportedAfter() throws IOException {
        line("users", "--as", "u");
        host.variables.put("u", host.bound.get("u"));
        line("redact");
        Path csv = dir.resolve("u.csv");

        line("export", "u", "--to", csv.toString());

        assertThat(everything((Table) host.bound.get("u"))).as("the variable itself stays as it was").containsPattern(EMAIL);
        assertThat(Files.readString(csv)).doesNotContainPattern(EMAIL.pattern()).contains("@redacted.example");
    }

    @Test
    void offShowsValuesAgainAndPseudonymsStillFindTheirOriginals() {
        line("redact");
        String ip = ((Result) magics.cell(List.of("sql"), FAILED_LOGINS)).table().stringColumn("ip").get(0);

        Result off = line("redact", "--off");
        Result searched = line("search", ip, "--since", "30d");

        assertThat(String.join(" ", off.footer())).contains("redaction off");
        assertThat(searched.table().stringColumn("matched").asSet()).containsExactly(firstAddress);
        assertThat(searched.redaction()).isNull();
    }

    @Test
    void kindsAndColumnsNarrowWhatIsReplaced() {
        line("redact", "--kinds", "ip", "--columns", "displayName");

        Result logins = (Result) magics.cell(List.of("sql"), FAILED_LOGINS);

        assertThat(logins.table().stringColumn("who").get(0)).containsPattern(EMAIL);
        assertThat(logins.table().stringColumn("ip").get(0)).startsWith("ip-");
        assertThat(logins.table().stringColumn("displayName").asList()).allMatch(n -> n.isEmpty() || n.startsWith("value-"));
        assertThatThrownBy(() -> line("redact", "--off", "--kinds", "ip")).hasMessageContaining("redact --off takes no --kinds");
        assertThatThrownBy(() -> line("redact", "--kinds", "phone")).hasMessageContaining("--kinds");
    }

    @Test
    void theJavaApiGivesPseudonymsAndTakesThemBackAsOriginals() {
        PantherSession.install(session);
        line("redact");
        String ip = ((Result) magics.cell(List.of("sql"), FAILED_LOGINS)).table().stringColumn("ip").get(0);
        String email = line("users").table().stringColumn("email").get(0);

        Result bound = Panther.sql("SELECT client:ipAddress::string AS ip FROM okta_systemlog WHERE p_occurs_since('30 days') "
                + "AND outcome:result::string = 'FAILURE' AND client:ipAddress::string = {ip}").bind("ip", ip).fetch();
        Result user = Panther.graphql("query ($e: String!) { userByEmail(email: $e) { id email } }", Map.of("e", email));
        Result alerts = Panther.alerts().since(Duration.ofDays(30)).fetch();

        assertThat(bound.table().rowCount()).isEqualTo(failuresOfTheFirstAddress);
        assertThat(bound.table().stringColumn("ip").asSet()).containsExactly(ip);
        assertThat(user.table().stringColumn("email").asList()).containsExactly(email);
        assertNoOriginalIn("the alerts from Java", shown(alerts));
        assertThat(Panther.last().table()).isSameAs(alerts.table());
    }

    @Test
    void anErrorThatQuotesAValueShowsItsPseudonym() {
        line("redact");
        String ip = ((Result) magics.cell(List.of("sql"), FAILED_LOGINS)).table().stringColumn("ip").get(0);
        host.variables.put("ip", ip);

        assertThatThrownBy(() -> magics.cell(List.of("sql"), "SELECT * FROM okta_systemlog WHERE p_occurs_since('1 day') "
                + "AND client:ipAddress::string = {ip} AND no_such_column = 1"))
                .satisfies(e -> {
                    String all = e.getMessage() + "\n" + String.join("\n", PantherMagics.failure(e).orElseThrow().details());
                    assertThat(all).doesNotContain(firstAddress);
                });
        assertThatThrownBy(() -> line("alerts", "--since", "{ip}"))
                .satisfies(e -> assertThat(e.getMessage()).as("a usage error quoting the word").contains(ip).doesNotContain(firstAddress));
        Collection<String> warned = host.warnings;
        assertNoOriginalIn("the warnings", String.join("\n", warned));
    }
}
