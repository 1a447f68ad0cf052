package dev.pantherkernel.magics.command;

import dev.pantherkernel.emulator.PantherEmulator;
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
}
