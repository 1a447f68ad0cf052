package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An analyst's day without stumbles: each test is a thing a new analyst did with the commands, and what they should
 * see, against the emulator over real HTTP.
 */
class AnalystDayTest {

    private final RecordingHost host = new RecordingHost();
    private final PantherMagics panther = new PantherMagics(Sessions.demoToken(host));

    private Object run(String words) {
        return panther.line(List.of(words.split(" ")));
    }

    private Result line(String words) {
        return (Result) run(words);
    }

    @Test
    void alertsOfADeletedDetectionSayTheDetectionWasDeleted() {
        Table alerts = line("alerts --since 30d --all-columns").table();
        Table deleted = alerts.where(alerts.stringColumn("origin.__typename").isEqualTo("DeletedDetection"));

        assertThat(deleted.rowCount()).as("the demo has alerts of a deleted detection").isPositive();
        for (int i = 0; i < deleted.rowCount(); i++) {
            assertThat(deleted.stringColumn("origin.name").get(i))
                    .isEqualTo("(deleted detection " + deleted.stringColumn("origin.id").get(i) + ")");
        }
        Table usual = line("alerts --since 30d").table();
        assertThat(usual.stringColumn("origin.name").countMissing()).as("only system errors have no detection name")
                .isEqualTo(alerts.stringColumn("origin.__typename").isEqualTo("SystemError").size());
    }

    @Test
    void allColumnsShowTheDetectionTypeInOriginTypeAsTheApiGivesIt() {
        Table alerts = line("alerts --since 30d --all-columns").table();
        Table detections = alerts.where(alerts.stringColumn("origin.__typename").isEqualTo("Detection"));
        Table errors = alerts.where(alerts.stringColumn("origin.__typename").isEqualTo("SystemError"));

        assertThat(detections.rowCount()).isPositive();
        assertThat(detections.stringColumn("origin.type").countMissing()).isZero();
        assertThat(detections.stringColumn("origin.type").unique().asList()).contains("RULE");
        assertThat(errors.stringColumn("origin.type").countMissing()).as("a system error keeps its own type").isZero();
        assertThat(alerts.columnNames()).doesNotContain("origin.detectionType");
    }

    @Test
    void alertsPerRuleNamesADeletedDetectionAsTheAlertsDo() {
        Table alerts = line("alerts --since 30d --columns origin.name").table();
        List<String> deletedInAlerts = alerts.stringColumn("origin.name").unique().asList().stream()
                .filter(name -> name.startsWith("(deleted detection ")).toList();
        Table perRule = line("metrics alerts-per-rule --since 30d").table();

        assertThat(deletedInAlerts).isNotEmpty();
        assertThat(perRule.stringColumn("series").asList()).containsAll(deletedInAlerts);
        for (String name : deletedInAlerts) {
            String id = name.substring("(deleted detection ".length(), name.length() - 1);
            assertThat(perRule.stringColumn("series").asList()).as("the bare id is gone").doesNotContain(id);
        }
    }
}
