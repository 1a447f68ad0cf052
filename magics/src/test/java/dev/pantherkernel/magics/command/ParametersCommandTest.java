package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.values.Severity;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code parameters}: each value read as the type of the variable's default, never pasted into code. */
class ParametersCommandTest {

    private final RecordingHost host = new RecordingHost();
    private final PantherMagics panther = new PantherMagics(Sessions.demoToken(host));

    @Test
    void eachValueIsReadAsTheTypeOfItsDefault() {
        host.variables.put("since", Duration.ofDays(7));
        host.variables.put("limit", 5);
        host.variables.put("strict", false);
        host.variables.put("from", Instant.parse("2026-01-01T00:00:00Z"));
        host.variables.put("day", LocalDate.parse("2026-01-01"));
        host.variables.put("severities", List.of(Severity.HIGH));
        host.variables.put("title", "default");

        Result set = (Result) panther.line(List.of("parameters", "since=1d", "limit=3", "strict=true",
                "from=2026-12-01T00:00:00Z", "day=2026-12-05", "severities=critical,LOW", "title=it's \"x\"; DROP --"));

        assertThat(host.bound).containsEntry("since", Duration.ofDays(1)).containsEntry("limit", 3)
                .containsEntry("strict", true).containsEntry("from", Instant.parse("2026-12-01T00:00:00Z"))
                .containsEntry("day", LocalDate.parse("2026-12-05"))
                .containsEntry("severities", List.of(Severity.CRITICAL, Severity.LOW))
                .containsEntry("title", "it's \"x\"; DROP --");
        assertThat(set.table().stringColumn("value").get(0)).isEqualTo("1d");
    }

    @Test
    void aCellTakesAJsonObjectAsPantherRunWritesIt() {
        host.variables.put("since", Duration.ofDays(7));
        host.variables.put("ids", List.of("a"));

        panther.cell(List.of("parameters"), "{\"since\": \"12h\", \"ids\": [\"x\", \"y\"]}");

        assertThat(host.bound).containsEntry("since", Duration.ofHours(12)).containsEntry("ids", List.of("x", "y"));
    }

    @Test
    void anUndeclaredNameOrAValueOfTheWrongKindIsOneClearError() {
        host.variables.put("limit", 5);

        assertThatThrownBy(() -> panther.line(List.of("parameters", "nope=1"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("there is no Java variable nope").hasMessageContaining("tagged parameters");
        host.variables.put("title", "default");
        assertThatThrownBy(() -> panther.line(List.of("parameters", "title=new", "limit=many"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("limit=many: not a Integer like its default 5");
        assertThat(host.bound).isEmpty();
    }
}
