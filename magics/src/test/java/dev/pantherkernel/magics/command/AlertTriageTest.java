package dev.pantherkernel.magics.command;

import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.emulator.faults.FaultRule;
import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.table.PartialResultException;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.SharedEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Triage of many alerts at once, on the scratch emulator (its alerts may change): one request, a preview, a count. */
class AlertTriageTest {

    private final PantherEmulator emulator = SharedEmulator.scratch();
    private final RecordingHost host = new RecordingHost();
    private final PantherMagics panther = new PantherMagics(SharedEmulator.session(emulator, host));

    private Result line(String words) {
        return (Result) panther.line(Arrays.asList(words.split(" ")));
    }

    /** The {@code n} newest alerts, bound to {@code as} as --as would. */
    private Table alerts(int n, String as) {
        Result open = line("alerts --since 30d --limit " + n + " --as " + as);
        host.variables.put(as, open.table());
        assertThat(open.table().rowCount()).isEqualTo(n);
        return open.table();
    }

    @AfterEach
    void clearFaults() {
        emulator.faults().clear();
    }

    @Test
    void aStatusForEveryAlertOfATableIsOneRequestAndSaysHowManyChanged() {
        Table open = alerts(3, "noisy");
        long before = emulator.requestCount("updateAlertStatusById");

        Result changed = line("alert noisy --status TRIAGED");

        assertThat(emulator.requestCount("updateAlertStatusById") - before).isEqualTo(1);
        assertThat(changed.table().stringColumn("id").asList())
                .containsExactlyInAnyOrderElementsOf(open.stringColumn("id").asList());
        assertThat(changed.table().stringColumn("status").unique().asList()).containsExactly("TRIAGED");
        assertThat(changed.footer()).anyMatch(f -> f.contains("changed: set the status of 3 alerts to TRIAGED"));
    }

    @Test
    void aDryRunShowsEachAlertWithWhatWouldChangeAndChangesNothing() {
        Table open = alerts(2, "candidates");
        long before = emulator.requestCount("updateAlertStatusById");

        Result preview = line("alert candidates --status RESOLVED --dry-run");

        assertThat(emulator.requestCount("updateAlertStatusById")).isEqualTo(before);
        assertThat(preview.table().stringColumn("would change").asList()).containsExactly(
                "status " + open.stringColumn("status").get(0) + " -> RESOLVED",
                "status " + open.stringColumn("status").get(1) + " -> RESOLVED");
        assertThat(preview.footer()).anyMatch(f -> f.contains("dry run: would have set the status of 2 alerts to RESOLVED"));
        for (int i = 0; i < 2; i++) {
            assertThat(line("alert " + open.stringColumn("id").get(i)).table().stringColumn("status").get(0))
                    .isEqualTo(open.stringColumn("status").get(i));
        }
    }

    @Test
    void aCommentIsSentOncePerAlertAndAFailurePartWayKeepsThoseMadeAndNamesTheRest() {
        Table open = alerts(3, "toComment");
        List<String> ids = open.stringColumn("id").asList();
        long before = emulator.requestCount("createAlertComment");

        Result comments = (Result) panther.line(List.of("alert", ids.get(0), ids.get(1), "--comment", "seen, benign"));
        emulator.faults().add(FaultRule.newFaultRule("createAlertComment").status(500).skip(1).times(1).build());
        assertThatThrownBy(() -> panther.line(List.of("alert", "toComment", "--comment", "second pass")))
                .isInstanceOf(PartialResultException.class)
                .hasMessageContaining("commented on alert " + ids.get(0))
                .hasMessageContaining("alerts 2 to 3 of 3 did not get the comment");

        assertThat(comments.table().stringColumn("alertId").asList()).containsExactly(ids.get(0), ids.get(1));
        assertThat(comments.table().stringColumn("body").unique().asList()).containsExactly("seen, benign");
        assertThat(emulator.requestCount("createAlertComment") - before).isEqualTo(4);
    }

    @Test
    void showCommentsReadsTheCommentsMadeWithCommentOverPanthersRestApi() {
        String id = alerts(1, "discussed").stringColumn("id").get(0);
        panther.line(List.of("alert", id, "--comment", "first look: benign"));
        panther.line(List.of("alert", id, "--comment", "<b>closed</b> with the owner", "--html"));

        Result comments = line("alert " + id + " --show-comments");

        assertThat(comments.table().stringColumn("body").asList()).containsExactly("first look: benign", "<b>closed</b> with the owner");
        assertThat(comments.table().stringColumn("format").asList()).containsExactly("PLAIN_TEXT", "HTML");
        assertThat(comments.table().columnNames()).startsWith("createdAt", "createdBy.id");
        assertThatThrownBy(() -> line("alert " + id + " --show-comments --comment x")).isInstanceOf(UsageException.class);
    }

    @Test
    void showingOrListingEventsTakesOneAlertAndADryRunNeedsAChange() {
        assertThatThrownBy(() -> line("alert a1 a2")).isInstanceOf(UsageException.class)
                .hasMessageContaining("takes one alert, not 2");
        assertThatThrownBy(() -> line("alert a1 --dry-run")).isInstanceOf(UsageException.class)
                .hasMessageContaining("--dry-run goes with a change");
    }
}
