package dev.pantherkernel.magics.command;

import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

import java.util.regex.Pattern;

/**
 * The commands that read only a cell body ({@code %%panther sql}, {@code graphql}, {@code local}): their usage line
 * starts with {@code %%panther} and names the body, and a body written on the magic line
 * ({@code %panther sql SELECT ...}) is answered with how to write the cell, not with "unknown argument".
 */
final class CellOnly {

    private CellOnly() {
    }

    /** Whether {@code command} takes a cell body and nothing else after its options. */
    static boolean is(CommandLine command) {
        return command.getCommand() instanceof TakesCellBody && command.getCommandSpec().positionalParameters().isEmpty();
    }

    /** Gives each cell-only command of {@code grammar} its cell's usage line. */
    static CommandLine usageLines(CommandLine grammar) {
        grammar.getSubcommands().values().stream().filter(CellOnly::is).forEach(command -> {
            String line = command.getCommandSpec().qualifiedName(" ");
            String body = ((TakesCellBody) command.getCommand()).bodyName();
            command.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_SYNOPSIS, help ->
                    help.synopsis(help.synopsisHeadingLength()).replaceFirst("^" + Pattern.quote(line), "%" + line).stripTrailing()
                            + "\n  " + body + " (the cell body, on the lines below)\n");
        });
        return grammar;
    }

    /** What to say when words follow a cell-only command on its line; {@code first} is the first of them. */
    static String bodyOnTheLine(CommandLine command, String first) {
        String name = command.getCommandSpec().qualifiedName(" ");
        String body = ((TakesCellBody) command.getCommand()).bodyName();
        return "`" + name + "` takes its " + body + " from the cell body, not from the line: write it as a cell, `%" + name
                + "` (and any options) on the first line and `" + first + " ...` on the lines below";
    }
}
