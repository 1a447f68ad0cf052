package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.client.ClientOptions;
import dev.pantherkernel.magics.connect.Environment;
import dev.pantherkernel.magics.session.NotebookHost;
import dev.pantherkernel.magics.session.PantherSession;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

class HelpCommandTest {

    private final PantherMagics magics = new PantherMagics(new PantherSession(NotebookHost.standalone(),
            Environment.of(Map.of(), Path.of("target/no-home")), ClientOptions.defaults()));

    @Test
    void helpListsTheCommandsOfTheGrammar() {
        Object help = magics.line(List.of("help"));

        assertThat(help).isInstanceOf(HelpText.class);
        assertThat(help.toString()).contains("%panther").contains("help");
    }

    @Test
    void theCommandListGivesEachCommandAWholeSentence() {
        // picocli lists a command by its header, or else by the first line of its description only: a line that runs
        // on is cut short there
        for (var command : Dispatcher.grammar().getSubcommands().entrySet()) {
            var usage = command.getValue().getCommandSpec().usageMessage();
            String[] listed = usage.header().length > 0 ? usage.header() : usage.description();

            assertThat(listed[0].strip()).as("what the command list says of %s", command.getKey()).endsWith(".");
        }
    }

    @Test
    void aBarePantherLineShowsTheHelp() {
        assertThat(magics.line(List.of()).toString()).isEqualTo(magics.line(List.of("help")).toString());
    }

    @Test
    void helpForOneCommandShowsItsUsage() {
        assertThat(magics.line(List.of("help", "help")).toString()).contains("Usage: %panther help");
    }

    @Test
    void everyCommandsHelpShowsItsExamplesWithoutAFormattingWarning() {
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        PrintStream original = System.err;
        String chart;
        List<String> helps = new ArrayList<>();
        System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
        try {
            chart = magics.line(List.of("help", "chart")).toString();
            for (String command : Dispatcher.grammar().getSubcommands().keySet()) {
                helps.add(magics.line(List.of("help", command)).toString());
            }
        } finally {
            System.setErr(original);
        }

        assertThat(stderr.toString(StandardCharsets.UTF_8)).as("what picocli printed").isEmpty();
        assertThat(chart).contains("  %panther chart alerts --x createdAt --by severity --bucket 1d --kind bar")
                .contains("(a %panther result bound with --as");
        String all = String.join("\n", helps);
        assertThat(all).doesNotContain("%%%").doesNotContain("%n");
        // a doubled percent is right only where the command takes a cell body (%%panther sql), else it is an escape gone wrong
        Matcher cell = Pattern.compile("%%panther (\\w+)").matcher(all);
        while (cell.find()) {
            Object command = Dispatcher.grammar().getSubcommands().get(cell.group(1)).getCommand();
            assertThat(command).as("the command of '%s'", cell.group()).isInstanceOf(TakesCellBody.class);
        }
    }

    @Test
    void aFileNameTheMachineRefusesIsOneLineNamingTheOption() {
        assertThatThrownBy(() -> magics.line(List.of("export", "logins", "--to=a\0b")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--to")
                .hasMessageContaining("'a\\0b' is not a file name this machine accepts")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("java.nio"));
    }

    @Test
    void anUnknownCommandIsOneLineWithAHint() {
        assertThatThrownBy(() -> magics.line(List.of("hlep")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("unknown command 'hlep'")
                .hasMessageContaining("did you mean help?")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void helpForAnUnknownCommandSuggestsTheNearestOne() {
        assertThatThrownBy(() -> magics.line(List.of("help", "hepl")))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("no command 'hepl'")
                .hasMessageContaining("did you mean help?");
    }

    @Test
    void aCellBodyGivenToALineCommandIsRefused() {
        assertThatThrownBy(() -> magics.cell(List.of("help"), "SELECT 1"))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("takes no cell body");
    }
}
