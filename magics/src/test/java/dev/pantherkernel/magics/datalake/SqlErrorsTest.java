package dev.pantherkernel.magics.datalake;

import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.datalake.result.DataLakeQueryException;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.SharedEmulator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SQL mistakes as an analyst meets them, against the demo's data lake over HTTP: the error says where, in the cell's
 * lines, with a caret; SQL the kernel generated is shown with the error; the demo speaks of the user's SQL only.
 */
class SqlErrorsTest {

    private static final PantherEmulator EMULATOR = SharedEmulator.get();
    private static PantherMagics magics;

    @BeforeAll
    static void connect() {
        magics = new PantherMagics(SharedEmulator.session(EMULATOR, new RecordingHost()));
    }

    /** The error a {@code %%panther} cell ends with; its body starts on the cell's second line. */
    private static DataLakeQueryException cellError(List<String> args, String body) {
        Throwable[] thrown = new Throwable[1];
        assertThatThrownBy(() -> magics.cell(args, body, 2)).isInstanceOf(DataLakeQueryException.class)
                .satisfies(e -> thrown[0] = e);
        return (DataLakeQueryException) thrown[0];
    }

    @Test
    void aMisspelledColumnInASqlCellIsMarkedOnItsCellLineWithACaret() {
        DataLakeQueryException e = cellError(List.of("sql"),
                "SELECT p_event_time,\n  eventNam\nFROM aws_cloudtrail WHERE p_occurs_since('1 day')");

        assertThat(e.getMessage()).isEqualTo("query " + e.queryId() + " failed at cell line 3, column 3: SQL compilation "
                + "error: error line 2 at position 2 invalid identifier 'EVENTNAM'");
        assertThat(e.details()).containsExactly("  eventNam", "  ^");
    }

    @Test
    void aMisspelledTableInTheDemoSpeaksOfTheUsersSqlOnly() {
        DataLakeQueryException e = cellError(List.of("sql"), "SELECT *\nFROM sf_nowhere\nWHERE p_occurs_since('1 day')");

        assertThat(e.getMessage()).endsWith("failed at cell line 3, column 6: SQL compilation error: Object 'SF_NOWHERE' "
                + "does not exist or not authorized.");
        assertThat(e.getMessage() + e.details()).doesNotContain("memory.main").doesNotContain("LINE").doesNotContain("pg_")
                .doesNotContain("sf_now()");
        assertThat(e.details()).containsExactly("FROM sf_nowhere", "     ^");
    }

    @Test
    void aFailedDataLakeChartShowsTheSqlItGeneratedWithThePlaceMarkedEvenWithoutShowSql() {
        Throwable[] thrown = new Throwable[1];
        assertThatThrownBy(() -> magics.line(List.of("chart", "--table", "aws_cloudtrail", "--x", "p_event_time", "--bucket",
                "1d", "--by", "eventNam", "--since", "7d"))).isInstanceOf(DataLakeQueryException.class).satisfies(e -> thrown[0] = e);
        DataLakeQueryException e = (DataLakeQueryException) thrown[0];
        List<String> details = e.details();
        int caret = details.indexOf(details.stream().filter(l -> l.strip().equals("^")).findFirst().orElseThrow());

        assertThat(e.getMessage()).containsPattern("failed at line 2, column [0-9]+ of the chart's SQL: SQL compilation error: "
                + "error line 2 at position [0-9]+ invalid identifier 'EVENTNAM'");
        assertThat(details.get(0)).isEqualTo("the chart's SQL, generated from --table aws_cloudtrail --x p_event_time "
                + "--bucket 1d --by eventNam --since 7d:");
        // line numbers are right-aligned to the widest one
        assertThat(details.get(1)).matches(" *1  WITH chart_rows AS \\(.*");
        assertThat(details.get(caret - 1)).matches(" *2    SELECT .*");
        assertThat(details.get(caret - 1).charAt(details.get(caret).indexOf('^'))).isEqualTo('e');
        assertThat(details.get(caret - 1).substring(details.get(caret).indexOf('^'))).startsWith("eventNam AS VARCHAR");
        assertThat(String.join("\n", details)).contains("FROM aws_cloudtrail t").contains("GROUP BY 1, 2");
    }

    @Test
    void aFailedChartOfACellsQueryPointsAtTheCellLineAndShowsTheChartsSql() {
        DataLakeQueryException e = cellError(List.of("sql", "--chart", "--x", "p_event_time", "--bucket", "1d"),
                "SELECT p_event_time\nFROM aws_cloudtrail\nWHERE p_occurs_since('1 day') AND eventNam = 'x'");

        assertThat(e.getMessage()).contains("failed at cell line 4, column 35: ").contains("invalid identifier 'EVENTNAM'");
        assertThat(e.details().get(0)).isEqualTo("the chart's SQL, generated from the cell's query with --chart --x "
                + "p_event_time --bucket 1d:");
        assertThat(e.details()).anyMatch(l -> l.endsWith("      WHERE p_occurs_since('1 day') AND eventNam = 'x'"));
    }

    @Test
    void aMistakeInAQuerySplitInTimePartitionsIsMarkedInTheCellOnce() {
        DataLakeQueryException e = cellError(List.of("sql", "--partitions", "3"),
                "SELECT p_row_id FROM okta_systemlog\nWHERE p_occurs_since('3 days') AND eventTyp = 'x'");

        assertThat(e.getMessage()).contains("failed at cell line 3, column 36: ").contains("invalid identifier 'EVENTTYP'");
        assertThat(e.details()).containsExactly("WHERE p_occurs_since('3 days') AND eventTyp = 'x'", " ".repeat(35) + "^");
    }
}
