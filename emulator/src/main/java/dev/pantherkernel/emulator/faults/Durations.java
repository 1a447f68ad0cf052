package dev.pantherkernel.emulator.faults;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Reads durations written the way people type them: {@code 200ms}, {@code 2s}, {@code 5m}, {@code 1h} (or ISO-8601). */
public final class Durations {
    private Durations() {}

    public static Duration parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            long amount = Long.parseLong(t.substring(0, t.length() - 1));
            switch (t.charAt(t.length() - 1)) {
                case 's': return Duration.ofSeconds(amount);
                case 'm': return Duration.ofMinutes(amount);
                case 'h': return Duration.ofHours(amount);
                case 'd': return Duration.ofDays(amount);
                default: break;
            }
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            // fall through to the common message
        }
        throw new IllegalArgumentException("not a duration: '" + text + "' (use e.g. 200ms, 2s, 5m, 1h)");
    }
}
