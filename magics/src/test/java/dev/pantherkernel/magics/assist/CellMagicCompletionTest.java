package dev.pantherkernel.magics.assist;

import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.SharedEmulator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Tab in a {@code %%panther} cell, read the way the kernel runs the cell: blank lines may come before the magic line. */
class CellMagicCompletionTest {

    private final PantherSession session = SharedEmulator.session(SharedEmulator.get(), new RecordingHost());
    private final PantherMagics magics = new PantherMagics(session);

    private List<String> tab(String cell) {
        session.connection();
        return magics.complete(cell, cell.length()).map(Completion::candidates).orElse(List.of());
    }

    @Test
    void tabAfterFromListsTheTablesWhenBlankLinesComeBeforeTheSqlCellsMagicLine() {
        assertThat(tab("\n\n%%panther sql\nSELECT * FROM okta_sys")).contains("okta_systemlog");
        assertThat(tab("%%panther sql\nSELECT * FROM okta_sys")).contains("okta_systemlog");
    }

    @Test
    void tabOnTheMagicLineAfterBlankLinesCompletesItsOptions() {
        assertThat(tab("\n%%panther sql --dat")).contains("--database");
    }
}
