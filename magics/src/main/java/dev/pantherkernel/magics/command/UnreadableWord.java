package dev.pantherkernel.magics.command;

import picocli.CommandLine;

/**
 * A word an option's converter could not read. {@link UsageErrors} writes it after the option's name, as the commands
 * have always said it ({@code --timeout soon: write a duration like 30m, 12h, 7d or 2w}), not as picocli's
 * "Invalid value for option".
 */
final class UnreadableWord extends CommandLine.TypeConversionException {

    private final String afterOption;

    /** @param afterOption what follows the option's name, from the same parser called with an empty option name */
    UnreadableWord(String afterOption) {
        super(afterOption.strip());
        this.afterOption = afterOption;
    }

    String line(String option) {
        return option + afterOption;
    }
}
