package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.Suggestions;
import dev.pantherkernel.magics.core.UsageException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code %panther help [COMMAND]}: the usage generated from the same picocli specification that parses commands. */
@Command(name = "help", description = "Show the commands, or one command's options.")
final class HelpCommand implements Callable<HelpText> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "COMMAND", description = "The command to describe.")
    private String command;

    @Override
    public HelpText call() {
        CommandLine root = spec.root().commandLine();
        if (command == null) {
            return new HelpText(UsageText.of(root));
        }
        CommandLine sub = root.getSubcommands().get(command);
        if (sub == null) {
            throw new UsageException("no command '" + command + "'"
                    + Suggestions.didYouMean(command, root.getSubcommands().keySet()) + " (`%panther help` lists them)");
        }
        return new HelpText(UsageText.of(sub));
    }
}
