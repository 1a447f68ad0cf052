package dev.pantherkernel.magics.command;

import picocli.CommandLine.Option;

import java.time.Duration;

/** {@code --timeout}, the same for every command that runs a data lake query. */
final class TimeoutOptions {

    @Option(names = "--timeout", paramLabel = "T", defaultValue = "15m",
            description = "Cancel the query if it runs longer than T: 90s, 15m, 2h (default ${DEFAULT-VALUE}).")
    Duration timeout;

    Duration timeout() {
        return timeout;
    }
}
