package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.RecentWindow;
import dev.pantherkernel.magics.core.UsageException;
import picocli.CommandLine.Option;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** {@code --since}, {@code --from} and {@code --to}: the window of the commands that list alerts or search events. */
final class TimeWindowOptions {

    @Option(names = "--since", paramLabel = "D", description = "In the last D: 30m (minutes), 12h, 7d, 2w, 1mo (30 days); default 7d.")
    Duration since;

    @Option(names = "--from", paramLabel = "TIME", description = "At or after TIME (ISO-8601, e.g. 2026-11-01T00:00:00Z).")
    Instant from;

    @Option(names = "--to", paramLabel = "TIME", description = "Before TIME (ISO-8601); default now.")
    Instant to;

    boolean given() {
        return since != null || from != null || to != null;
    }

    /** @param what what the window bounds, for the error when both --since and --from are given ("the search") */
    RecentWindow window(Clock clock, String what) {
        if (since != null && from != null) {
            throw new UsageException("--since and --from both say where " + what + " starts; give one of them");
        }
        return RecentWindow.of(since, from, to, clock.instant());
    }
}
