package dev.pantherkernel.magics.core;

import java.time.Duration;
import java.time.Instant;

/**
 * A time window as the commands and the Java API take it: from a start, or the last D (a week unless said), up to an
 * end or now. Whether the window is empty is for the caller to say, in its own words.
 */
public record RecentWindow(Instant from, Instant to) {

    /** Without a start, the last week: Panther lists alerts in a window, and a week is the usual triage horizon. */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);

    /** The window ends at {@code to} (else {@code now}) and starts at {@code from}, else {@code since} before its end. */
    public static RecentWindow of(Duration since, Instant from, Instant to, Instant now) {
        Instant end = to == null ? now : to;
        Instant start = from != null ? from : end.minus(since == null ? DEFAULT_WINDOW : since);
        return new RecentWindow(start, end);
    }
}
