package dev.pantherkernel.magics.command;

import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.magics.client.NotFoundException;
import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import dev.pantherkernel.magics.testing.SharedEmulator;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The commands over the rest of Panther's API (log sources, schemas, cloud accounts, detections, saved queries),
 * against the emulator over real HTTP: each answers its everyday question in one command.
 */
class PantherApiCommandsTest {

    private final PantherEmulator emulator = SharedEmulator.get();
    private final RecordingHost host = new RecordingHost();
    private final PantherMagics panther = new PantherMagics(Sessions.demoToken(host));

    private Result line(String words) {
        return (Result) panther.line(List.of(words.split(" ")));
    }

    @Test
    void aDetectionsStateThatIsNeitherEnabledNorDisabledIsRefusedNamingTheOptionBeforeAnythingIsFetched() {
        assertThatThrownBy(() -> line("detections --state off")).isInstanceOf(UsageException.class)
                .hasMessage("--state off: write enabled or disabled (see `%panther help detections`)");
        assertThat(host.progress).isEmpty();
        Table disabled = line("detections --state DISABLED").table();
        assertThat(disabled.rowCount()).isPositive();
        assertThat(disabled.column("enabled").unique().size()).isEqualTo(1);
        assertThat(disabled.column("enabled").getString(0)).isEqualTo("false");
    }

    @Test
    void aDetectionsSubtypeThatNamesErrorsOrNothingIsRefusedNamingTheOptionBeforeAnythingIsFetched() {
        assertThatThrownBy(() -> line("detections --subtype RULE,rule_error")).isInstanceOf(UsageException.class)
                .hasMessageStartingWith("--subtype RULE_ERROR names errors, not detections: use RULE, SCHEDULED_RULE, POLICY");
        assertThatThrownBy(() -> line("detections --subtype POLICI")).isInstanceOf(UsageException.class)
                .hasMessageStartingWith("--subtype: 'POLICI' is not an alert type; did you mean POLICY?");
        assertThat(host.progress).isEmpty();
        assertThat(line("detections --subtype policy,,").table().stringColumn("subtype").unique().asList()).containsExactly("POLICY");
    }

    @Test
    void sourcesSaysWhichLogSourcesWentQuietAndSinceWhen() {
        Table all = line("sources").table();
        Table quiet = line("sources --quiet 24h").table();
        Table unhealthy = line("sources --unhealthy").table();

        assertThat(all.rowCount()).isGreaterThanOrEqualTo(3);
        assertThat(all.column("lastEventReceivedAtTime").type()).isEqualTo(ColumnType.INSTANT);
        assertThat(all.stringColumn("logTypes").asList()).contains("AWS.CloudTrail", "Okta.SystemLog", "AWS.VPCFlow");
        assertThat(quiet.stringColumn("integrationLabel").asList()).containsExactly("VPC Flow Logs prod");
        assertThat(quiet.stringColumn("quietFor").get(0)).matches("2d( \\d+h)?");
        assertThat(unhealthy.stringColumn("integrationLabel").asList()).containsExactly("VPC Flow Logs prod");
    }

    @Test
    void logSchemasListsManagedAndCustomTypesAndShowsOneWithItsSpec() {
        Table schemas = line("log-schemas").table();
        Table cloudTrail = line("log-schemas AWS.CloudTrail").table();

        assertThat(schemas.stringColumn("name").asList()).contains("AWS.CloudTrail", "Okta.SystemLog", "AWS.VPCFlow")
                .anyMatch(name -> name.startsWith("Custom."));
        assertThat(schemas.columnNames()).doesNotContain("spec");
        assertThat(cloudTrail.rowCount()).isEqualTo(1);
        assertThat(cloudTrail.stringColumn("spec").get(0)).contains("eventName");
        assertThatThrownBy(() -> line("log-schemas AWS.CloudTrial")).isInstanceOf(UsageException.class)
                .hasMessageContaining("did you mean AWS.CloudTrail");
    }

    @Test
    void cloudAccountsAreTheAwsAccountsTheCloudTrailDataNames() {
        Table accounts = line("cloud-accounts").table();
        Table accountsInLogs = ((Result) panther.cell(List.of("sql"),
                "SELECT DISTINCT recipientAccountId AS account FROM aws_cloudtrail")).table();

        assertThat(accounts.stringColumn("awsAccountId").asList()).isNotEmpty()
                .allMatch(id -> accountsInLogs.stringColumn(0).asList().contains(id));
    }

    @Test
    void anAlertsAiSummaryIsTheFinishedTextLabelledAsTheDemos() {
        String id = line("alerts --since 30d --severity CRITICAL --limit 1").table().stringColumn("id").get(0);

        Table summary = line("alert " + id + " --ai-summary").table();

        assertThat(summary.stringColumn("alertId").get(0)).isEqualTo(id);
        assertThat(summary.stringColumn("summary").get(0)).contains("Demo summary, not an AI model").hasSizeGreaterThan(80);
    }

    @Test
    void restCallsAnyPathPagingAListToItsEndAndSendingAChangeOnce() {
        Table users = line("users").table();
        Table restUsers = line("rest GET /users --param limit=2").table();
        Table self = line("rest GET /api-tokens/self").table();
        String alertId = line("alerts --since 30d --limit 1").table().stringColumn("id").get(0);
        long before = emulator.requestCount("POST /alert-comments");

        Result comment = (Result) panther.cell(List.of("rest", "POST", "/alert-comments"),
                "{\"alertId\": \"" + alertId + "\", \"body\": \"from a rest cell\", \"format\": \"PLAIN_TEXT\"}");

        assertThat(restUsers.rowCount()).isEqualTo(users.rowCount());
        assertThat(self.rowCount()).isEqualTo(1);
        assertThat(self.columnNames()).contains("permissions").doesNotContain("value");
        assertThat(comment.table().stringColumn("body").get(0)).isEqualTo("from a rest cell");
        assertThat(emulator.requestCount("POST /alert-comments") - before).isEqualTo(1);
        assertThatThrownBy(() -> line("rest FETCH /users")).isInstanceOf(UsageException.class).hasMessageContaining("GET, POST");
        assertThatThrownBy(() -> line("rest GET /users?limit=2")).isInstanceOf(UsageException.class)
                .hasMessageContaining("--param NAME=VALUE");
    }

    @Test
    void aRestPathPantherDoesNotPublishIsNotFoundWithThePathMeant() {
        assertThatThrownBy(() -> line("rest GET /log-sources")).isInstanceOf(NotFoundException.class)
                .hasMessageStartingWith("GET /log-sources: not found")
                .hasMessageEndingWith("/log-sources is not a path Panther's REST API publishes; did you mean /log-sources/http?");
        assertThatThrownBy(() -> line("rest GET /rules/No.Such.Rule")).isInstanceOf(NotFoundException.class)
                .hasMessageNotContaining("publishes");
    }

    @Test
    void detectionsSaysWhichAreDisabledWithTheAlertsSubtypeWords() {
        Table disabled = line("detections --state disabled").table();
        Table rules = line("detections --subtype RULE --log-type AWS.CloudTrail").table();
        Table all = line("detections").table();

        assertThat(disabled.rowCount()).isPositive();
        assertThat(disabled.booleanColumn("enabled").asList()).containsOnly(false);
        assertThat(disabled.stringColumn("subtype").unique().asList()).contains("RULE", "SCHEDULED_RULE", "POLICY");
        assertThat(rules.stringColumn("subtype").unique().asList()).containsExactly("RULE");
        assertThat(rules.stringColumn("logTypes").asList()).allMatch(types -> types.contains("AWS.CloudTrail"));
        assertThat(rules.stringColumn("format").unique().asList()).isSubsetOf("python", "yaml");
        assertThat(all.rowCount()).isGreaterThan(disabled.rowCount());
        assertThatThrownBy(() -> line("detections --subtype RULE_ERROR")).isInstanceOf(UsageException.class)
                .hasMessageContaining("names errors, not detections");
        assertThatThrownBy(() -> line("detections --state off")).isInstanceOf(UsageException.class)
                .hasMessageContaining("enabled or disabled");
    }

    @Test
    void detectionIdShowsOneWhateverItsKindAndDisablingItIsSentOnceAndSeenEverywhere() {
        PantherMagics scratch = new PantherMagics(SharedEmulator.session(SharedEmulator.scratch(), new RecordingHost()));
        Table enabledRules = ((Result) scratch.line(List.of("detections", "--subtype", "RULE", "--state", "enabled")))
                .table();
        String id = enabledRules.stringColumn("id").get(0);
        long before = SharedEmulator.scratch().requestCount("PUT /rules/{id}")
                + SharedEmulator.scratch().requestCount("PUT /simple-rules/{id}");

        Result preview = (Result) scratch.line(List.of("detection", id, "--disable", "--dry-run"));
        Result disabled = (Result) scratch.line(List.of("detection", id, "--disable"));
        Result again = (Result) scratch.line(List.of("detection", id, "--disable"));
        Table nowDisabled = ((Result) scratch.line(List.of("detections", "--state", "disabled"))).table();
        Result enabled = (Result) scratch.line(List.of("detection", id, "--enable"));

        assertThat(preview.table().booleanColumn("enabled").get(0)).isTrue();
        assertThat(preview.footer()).anyMatch(f -> f.contains("dry run: would have disabled") && f.contains(id));
        assertThat(disabled.table().booleanColumn("enabled").get(0)).isFalse();
        assertThat(disabled.footer()).anyMatch(f -> f.contains("changed: disabled") && f.contains(id));
        assertThat(again.footer()).anyMatch(f -> f.contains("unchanged") && f.contains("already disabled"));
        assertThat(nowDisabled.stringColumn("id").asList()).contains(id);
        assertThat(enabled.table().booleanColumn("enabled").get(0)).isTrue();
        assertThat(SharedEmulator.scratch().requestCount("PUT /rules/{id}")
                + SharedEmulator.scratch().requestCount("PUT /simple-rules/{id}") - before).isEqualTo(2);
        assertThatThrownBy(() -> line("detection No.Such.Rule")).isInstanceOf(UsageException.class)
                .hasMessageContaining("no detection 'No.Such.Rule'");
    }

    @Test
    void savedQueriesAreListedRunByNameAndSavedFromACell() {
        Table saved = line("saved-queries").table();
        Table spray = line("saved-queries --contains spray").table();
        String name = spray.stringColumn("name").get(0);
        PantherMagics scratch = new PantherMagics(SharedEmulator.session(SharedEmulator.scratch(), new RecordingHost()));

        Result ran = (Result) panther.cell(List.of("sql", "--saved", name), "");
        Result savedAndRan = (Result) scratch.cell(List.of("sql", "--save", "Kernel test: CloudTrail count",
                "--description", "made by a test"), "SELECT count(*) AS n FROM aws_cloudtrail WHERE p_occurs_since('30 days')");
        Table afterSave = ((Result) scratch.line(List.of("saved-queries", "--contains", "Kernel test"))).table();

        assertThat(saved.rowCount()).isGreaterThan(spray.rowCount());
        assertThat(saved.columnNames()).startsWith("name", "description");
        assertThat(ran.table().rowCount()).isPositive();
        assertThat(savedAndRan.table().rowCount()).isEqualTo(1);
        assertThat(afterSave.stringColumn("name").asList()).containsExactly("Kernel test: CloudTrail count");
        assertThat(afterSave.stringColumn("description").get(0)).isEqualTo("made by a test");
        assertThatThrownBy(() -> panther.cell(List.of("sql", "--saved", name.toUpperCase(Locale.ROOT)), ""))
                .isInstanceOf(UsageException.class).hasMessageContaining("no saved query");
    }
}
