package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.client.ClientOptions;
import dev.pantherkernel.magics.connect.Environment;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.session.NotebookHost;
import dev.pantherkernel.magics.session.PantherSession;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A line is parsed with the grammar of the command it names; a line that names none gets the whole grammar. */
class DispatcherGrammarTest {

    private final CommandContext context = new CommandContext(null, Clock.systemUTC());

    @Test
    void aLineIsParsedWithOnlyTheCommandItNames() {
        assertThat(Dispatcher.commandLine(context, "alerts").getSubcommands()).containsOnlyKeys("alerts");
        assertThat(Dispatcher.commandLine(context, "user").getSubcommands().get("user").getSubcommands()).isNotEmpty();
    }

    @Test
    void helpAndALineThatNamesNoCommandGetTheWholeGrammar() {
        int all = Dispatcher.grammar().getSubcommands().size();

        assertThat(Dispatcher.commandLine(context, "help").getSubcommands()).hasSize(all);
        assertThat(Dispatcher.commandLine(context, "alrets").getSubcommands()).hasSize(all);
        assertThat(Dispatcher.commandLine(context, "{command}").getSubcommands()).hasSize(all);
    }

    @Test
    void everyNameAndAliasOfTheGrammarFindsItsCommand() {
        Dispatcher.grammar().getSubcommands().forEach((name, command) ->
                assertThat(PantherCommand.named(name)).as(name).contains(command.getCommandSpec().userObject().getClass()));
    }

    @Test
    void aMistypedCommandIsStillToldTheNearestName() {
        PantherMagics magics = new PantherMagics(new PantherSession(NotebookHost.standalone(),
                Environment.of(Map.of(), Path.of("target/no-home")), ClientOptions.defaults()));

        assertThatThrownBy(() -> magics.line(List.of("alrets", "--since", "7d"))).isInstanceOf(UsageException.class)
                .hasMessageContaining("alerts");
    }
}
