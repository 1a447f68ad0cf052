package dev.pantherkernel.magics.command;

import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/** Renders picocli usage as plain text: notebooks show ANSI codes literally in some front ends. */
final class UsageText {

    private static final int WIDTH = 100;

    private UsageText() {
    }

    static String of(CommandLine commandLine) {
        commandLine.setUsageHelpWidth(WIDTH);
        return commandLine.getUsageMessage(Ansi.OFF).stripTrailing();
    }
}
