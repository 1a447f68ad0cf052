package dev.pantherkernel.magics.local;

import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** SQL over what came back: a data lake result in a Java variable, joined with an exported file. */
class LocalSqlTest {

    private final RecordingHost host = new RecordingHost();
    private final PantherSession session = Sessions.demoToken(host);
    private final PantherMagics magics = new PantherMagics(session);

    @TempDir
    Path dir;

    @Test
    void joinsATableOfASessionVariableWithAnExportedFileAndBindsTheAnswer() {
        Result logins = (Result) magics.cell(List.of("sql"), """
                SELECT p_event_time, actor:alternateId::string AS who, client:ipAddress::string AS ip
                FROM okta_systemlog WHERE outcome:result::string = 'FAILURE' ORDER BY p_event_time""");
        host.variables.put("failures", logins.table());
        Path file = dir.resolve("cloudtrail.parquet");
        magics.cell(List.of("sql", "--to", file.toString()),
                "SELECT sourceIPAddress AS ip, eventName FROM aws_cloudtrail");

        Result joined = (Result) magics.cell(List.of("local", "--as", "overlap"), """
                SELECT f.ip, count(DISTINCT f.who) AS people, count(*) AS rows, min(f.p_event_time) AS first_seen
                FROM failures f JOIN '%s' c ON c.ip = f.ip
                GROUP BY f.ip ORDER BY rows DESC""".formatted(file));

        Table table = joined.table();
        assertThat(table.columnNames()).containsExactly("ip", "people", "rows", "first_seen");
        assertThat(table.column("first_seen")).isInstanceOf(InstantColumn.class);
        assertThat(table.rowCount()).isPositive();
        Instant earliest = logins.table().instantColumn("p_event_time").min();
        assertThat(table.instantColumn("first_seen").min()).isAfterOrEqualTo(earliest);
        assertThat(host.bound.get("overlap")).isSameAs(table);
        assertThat(joined.footer()).contains("local").anyMatch(f -> f.startsWith("from failures ("));
    }

    @Test
    void limitStopsTheAnswerAndSaysSo() {
        Result result = (Result) magics.cell(List.of("local", "--limit", "5"), "SELECT range AS n FROM range(100)");

        assertThat(result.table().rowCount()).isEqualTo(5);
        assertThat(result.truncated()).isTrue();
        assertThat(result.warnings()).singleElement().asString().contains("--limit 5");
    }

    @Test
    void aNameThatIsNeitherAVariableNorAFileIsOneClearError() {
        assertThatThrownBy(() -> magics.cell(List.of("local"), "SELECT * FROM nowhere"))
                .isInstanceOf(PantherException.class)
                .hasMessageStartingWith("local SQL failed: Catalog Error: Table with name nowhere does not exist!")
                .hasMessageNotContaining("\n");
    }
}
