package dev.pantherkernel.emulator.rest;

import dev.pantherkernel.emulator.core.DateTimes;
import java.time.Instant;

/** Times in REST answers: RFC 3339 text in UTC, written as GraphQL writes them; none stays none. */
public final class RestTime {
    private RestTime() {}

    public static String of(Instant instant) {
        return instant == null ? null : DateTimes.format(instant);
    }
}
