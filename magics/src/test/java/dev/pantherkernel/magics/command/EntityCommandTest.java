package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.api.Panther;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.entity.EntityReport;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The demo's story told by {@code %panther entity} against the emulator over real HTTP: the spraying address alone
 * shows the spray, the login that followed, the AWS activity of that identity, the alerts and the enrichment; the
 * victim's email shows its Okta activity and, as a suggested link, the CloudTrail activity of the matching IAM user.
 */
class EntityCommandTest {

    private static final String ATTACKER = "203.0.113.9";
    private static final String VICTIM = "jordan.lee@example.com";

    private final RecordingHost host = new RecordingHost();
    private final PantherSession session = Sessions.demoToken(host);
    private final PantherMagics panther = new PantherMagics(session);

    private EntityReport entity(String words) {
        return (EntityReport) panther.line(List.of(words.split(" ")));
    }

    private static List<String> column(Table table, String name) {
        return table.stringColumn(name).asList();
    }

    private static String cell(Table table, String keyColumn, String key, String column) {
        Table row = table.where(table.stringColumn(keyColumn).isEqualTo(key));
        assertThat(row.rowCount()).as(keyColumn + " = " + key).isEqualTo(1);
        return row.getString(0, column);
    }

    @Test
    void theSprayingAddressAloneShowsTheSprayTheLoginTheAwsActivityAndTheAlerts() {
        EntityReport report = entity("entity ip " + ATTACKER + " --since 30d");

        assertThat(report.summary()).startsWith("IP address " + ATTACKER + ": ").contains("Okta.SystemLog", "AWS.CloudTrail");
        String okta = cell(report.logTypes(), "log_type", "Okta.SystemLog", "top_actions");
        assertThat(okta).contains("user.session.start:FAILURE ×30", "user.session.start:SUCCESS ×1");
        String aws = cell(report.logTypes(), "log_type", "AWS.CloudTrail", "top_actions");
        assertThat(aws).contains("ConsoleLogin ×2", "CreateUser ×1", "CreateAccessKey ×1");

        Table related = report.related();
        Table sprayed = related.where(related.stringColumn("kind").isEqualTo("email"));
        assertThat(sprayed.where(sprayed.stringColumn("log_types").isEqualTo("Okta.SystemLog")).rowCount())
                .as("the 30 sprayed users, and the victim if the spray missed it").isBetween(30, 31);
        assertThat(column(related, "value")).contains("svc-backup-admin", "jordan.lee", "arn:aws:iam::123456789012:root",
                "arn:aws:iam::123456789012:user/svc-backup-admin", "Netherlands");
        Table keys = related.where(related.stringColumn("kind").isEqualTo("trace id / access key")
                .and(related.stringColumn("value").startsWith("AKIA")));
        assertThat(keys.rowCount()).as("the victim's key and the key of the user it created").isEqualTo(2);
        assertThat(keys.stringColumn("log_types").asList()).containsOnly("AWS.CloudTrail");
        assertThat(column(related, "pivot")).contains("%panther entity user svc-backup-admin");

        Table alerts = report.alerts();
        assertThat(column(alerts, "detection")).contains("Okta.BruteForceLogins", "AWS.Root.Activity", "AWS.IAM.PrivilegeChange");
        assertThat(alerts.stringColumn("severity").asList()).as("the most severe first")
                .isSortedAccordingTo(Comparator.comparingInt(s -> List.of("CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO").indexOf(s)));
        assertThat(alerts.stringColumn("status").countMissing()).as("every alert's status from the API").isZero();
        assertThat(alerts.stringColumn("title").countMissing()).isZero();

        assertThat(column(report.links(), "linked_identity")).contains("jordan.lee");
        assertThat(column(report.links(), "reason")).anyMatch(r -> r.startsWith("suggested: the local part of the Okta.SystemLog email "
                + VICTIM + " is the AWS.CloudTrail user name jordan.lee; both used " + ATTACKER));
        assertThat(report.timeline()).isPresent();
        assertThat(report.queries()).extracting(EntityReport.Query::family).startsWith("panther_logs", "panther_rule_matches")
                .contains("alerts (GraphQL)");
        assertThat(report.queries().get(0).id()).isNotBlank();
    }

    @Test
    void theSprayingAddressIsATorExitNodeInAmsterdamNamedByAThreatIntelligencePulse() {
        EntityReport report = entity("entity " + ATTACKER + " --since 30d");

        Table enrichment = report.enrichment();
        assertThat(cell(enrichment, "field", "Tor exit node", "value")).isEqualTo("yes");
        assertThat(cell(enrichment, "field", "country", "value")).isEqualTo("NL");
        assertThat(cell(enrichment, "field", "asn", "value")).isEqualTo("AS64501");
        assertThat(column(enrichment, "value")).contains("Password spraying of SSO portals from Tor exit relays");
        assertThat(report.queries()).extracting(EntityReport.Query::family).contains("panther_lookups");
        assertThat(report.footer()).noneMatch(f -> f.startsWith("no enrichment"));
    }

    @Test
    void aValueNoLookupTableListsSaysSoInOneFooterPhrase() {
        EntityReport report = entity("entity user svc-backup-admin --since 30d");

        assertThat(report.enrichment().rowCount()).isZero();
        assertThat(report.footer()).contains("no enrichment: no lookup table lists svc-backup-admin");
    }

    @Test
    void theVictimsEmailShowsItsOktaActivityAndSuggestsTheMatchingIamUser() {
        EntityReport report = entity("entity " + VICTIM + " --since 30d");

        assertThat(report.summary()).startsWith("email " + VICTIM + ": ");
        assertThat(column(report.logTypes(), "log_type")).containsExactly("Okta.SystemLog");
        assertThat(cell(report.logTypes(), "log_type", "Okta.SystemLog", "top_actions")).contains("user.session.start:SUCCESS");
        Table links = report.links().where(report.links().stringColumn("linked_identity").isEqualTo("jordan.lee")
                .and(report.links().stringColumn("linked_log_type").isEqualTo("AWS.CloudTrail")));
        assertThat(links.rowCount()).isEqualTo(1);
        String fromTheAttacker = List.of(links.getString(0, "from_shared_addresses").split(" \\| ")).stream()
                .filter(part -> part.startsWith(ATTACKER + ": ")).findFirst().orElseThrow();
        assertThat(fromTheAttacker).contains("ConsoleLogin ×1", "CreateUser ×1", "CreateAccessKey ×1");
        assertThat(links.getString(0, "reason")).startsWith("suggested: the local part");
        assertThat(column(report.events(), "p_log_type")).as("the linked user's events are not the email's").doesNotContain("AWS.CloudTrail");
    }

    @Test
    void asBindsTheWholeReportAndTheEventsBecomeTheLastResult() {
        EntityReport report = entity("entity ip " + ATTACKER + " --since 30d --as attacker");

        assertThat(host.bound.get("attacker")).isSameAs(report);
        assertThat(session.last()).hasValueSatisfying(last -> assertThat(last.table().rowCount()).isEqualTo(report.events().rowCount()));
    }

    @Test
    void withRedactionOnNoOriginalIsShownAndThePseudonymFindsWhatItsOriginalDoes() {
        panther.line(List.of("redact"));
        EntityReport shown = entity("entity ip " + ATTACKER + " --since 30d --show-sql");

        assertThat(shown.toString()).doesNotContain(ATTACKER).doesNotContain(VICTIM).doesNotContain("jordan.lee");
        assertThat(shown.timeline().orElseThrow().asJavascript("timeline")).doesNotContain(ATTACKER);
        String pseudonym = shown.summary().substring("IP address ".length(), shown.summary().indexOf(": "));
        assertThat(pseudonym).isNotEqualTo(ATTACKER);

        EntityReport again = entity("entity ip " + pseudonym + " --since 30d");
        assertThat(again.summary()).isEqualTo(shown.summary());
        assertThat(again.alerts().rowCount()).isEqualTo(shown.alerts().rowCount()).isPositive();
    }

    @Test
    void showSqlKeepsTheValueASafelyQuotedLiteral() {
        EntityReport report = entity("entity user o'brien\\x --since 1d --show-sql");

        assertThat(report.queries().get(0).text()).contains("ARRAY_CONTAINS('o''brien' || CHR(92) || 'x'::VARIANT, p_any_usernames)");
        assertThat(report.toString()).contains("SELECT * FROM (");
    }

    @Test
    void javaGetsTheSameReportFromPantherEntity() {
        PantherSession.install(session);
        panther.line(List.of("connect"));

        EntityReport report = Panther.entity(ATTACKER).since(Duration.ofDays(30)).fetch();

        assertThat(report.summary()).isEqualTo(entity("entity ip " + ATTACKER + " --since 30d").summary());
        assertThat(report.alerts().rowCount()).isPositive();
        assertThat(Panther.entity("svc-backup-admin").kind("user").since(Duration.ofDays(30)).fetch().logTypes()
                .stringColumn("top_actions").asList()).anyMatch(a -> a.contains("DeleteFlowLogs"));
    }

    @Test
    void aKindGivenTwiceOrUnknownIsOneClearError() {
        assertThatThrownBy(() -> entity("entity ip 1.2.3.4 --kind email")).isInstanceOf(UsageException.class)
                .hasMessageContaining("the kind is given twice");
        assertThatThrownBy(() -> entity("entity ipp 1.2.3.4")).isInstanceOf(UsageException.class)
                .hasMessageContaining("'ipp' is not an indicator kind").hasMessageContaining("did you mean ip");
    }

    @Test
    void anAlertsEntitiesAreEachReadyForEntity() {
        EntityReport report = entity("entity ip " + ATTACKER + " --since 30d");
        String bruteForce = cell(report.alerts(), "detection", "Okta.BruteForceLogins", "alert_id");

        Result entities = (Result) panther.line(List.of("alert", bruteForce, "--entities"));

        Table table = entities.table();
        Table ip = table.where(table.stringColumn("value").isEqualTo(ATTACKER));
        assertThat(ip.rowCount()).isEqualTo(1);
        assertThat(ip.getString(0, "kind")).isEqualTo("IP address");
        assertThat(ip.getString(0, "pivot")).isEqualTo("%panther entity ip " + ATTACKER);
        assertThat(table.where(table.stringColumn("kind").isEqualTo("email")).rowCount()).isGreaterThanOrEqualTo(25);
    }
}
