package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.table.TableDisplay;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code %panther display} sets how much of every table the session shows; {@code --full} shows one table whole. */
class DisplayCommandTest {

    private final PantherSession session = Sessions.demoToken(new RecordingHost());
    private final PantherMagics panther = new PantherMagics(session);

    private Result line(String words) {
        return (Result) panther.line(List.of(words.split(" ")));
    }

    @Test
    void displaySetsHowMuchOfEveryTableTheSessionShowsFromNowOn() {
        Result shown = line("display --rows 100 --width 0");

        assertThat(session.display()).isEqualTo(new TableDisplay(100, 0, TableDisplay.Footer.SHORT));
        assertThat(shown.table().stringColumn("rows").get(0)).isEqualTo("100 (longer tables: the first 95 and last 5)");
        assertThat(shown.table().stringColumn("width").get(0)).isEqualTo("whole values");
    }

    @Test
    void displayWithoutOptionsSaysWhatIsSetAndChangesNothing() {
        line("display --footer full");

        Result shown = line("display");

        assertThat(session.display()).isEqualTo(TableDisplay.DEFAULT.withFooter(TableDisplay.Footer.FULL));
        assertThat(shown.table().stringColumn("rows").get(0)).isEqualTo("25 (longer tables: the first 20 and last 5)");
        assertThat(shown.table().stringColumn("width").get(0)).isEqualTo("48 characters");
        assertThat(shown.table().stringColumn("footer").get(0)).isEqualTo("full");
    }

    @Test
    void displayResetGoesBackToTheDefaults() {
        line("display --rows 0 --width 10");

        line("display --reset");

        assertThat(session.display()).isEqualTo(TableDisplay.DEFAULT);
    }

    @Test
    void aNegativeCountIsOneClearErrorAndChangesNothing() {
        assertThatThrownBy(() -> line("display --rows -3"))
                .isInstanceOf(UsageException.class)
                .hasMessage("--rows -3 is not a count: give 0 (no limit) or more");
        assertThat(session.display()).isEqualTo(TableDisplay.DEFAULT);
    }

    @Test
    void fullAsksForThatOneTableWholeAndLeavesTheSessionAsItWas() {
        assertThat(line("users --full").display()).contains(TableDisplay.FULL);
        assertThat(line("users").display()).isEmpty();
        assertThat(session.display()).isEqualTo(TableDisplay.DEFAULT);
    }

    @Test
    void everyCommandThatMakesATableTakesFull() {
        List<String> without = new ArrayList<>();
        for (CommandLine command : commands(Dispatcher.grammar())) {
            if (command.getCommandSpec().userObject() instanceof MakesTable && command.getCommandSpec().findOption("--full") == null) {
                without.add(command.getCommandSpec().qualifiedName(" "));
            }
        }
        assertThat(without).isEmpty();
    }

    private static List<CommandLine> commands(CommandLine root) {
        List<CommandLine> out = new ArrayList<>();
        for (CommandLine sub : root.getSubcommands().values()) {
            out.add(sub);
            out.addAll(commands(sub));
        }
        return out;
    }
}
