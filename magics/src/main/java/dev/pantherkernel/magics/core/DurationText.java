package dev.pantherkernel.magics.core;


import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them: {@code 30m}, {@code 12h}, {@code 7d}, {@code 2w}, {@code 90s}, {@code 1mo}. {@code m}
 * is minutes, as in every duration option and in Panther's macros; a month is {@code mo} and 30 days (the window's
 * footer shows the times it spans), since a duration has no calendar to count months in.
 */
@Internal
public final class DurationText {

    private static final Pattern FORM = Pattern.compile(
            "(\\d+)\\s*(s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|w|weeks?|mo|months?)");

    /** What a month is in a duration. */
    public static final Duration MONTH = Duration.ofDays(30);

    private DurationText() {
    }

    public static Duration parse(String option, String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new UsageException(option + " " + text + ": write a duration like 30m (minutes), 12h, 7d, 2w or 1mo (30 days)");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2);
        if (unit.startsWith("mo")) {
            return MONTH.multipliedBy(n);
        }
        return switch (unit.charAt(0)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            case 'd' -> Duration.ofDays(n);
            default -> Duration.ofDays(7 * n);
        };
    }

    /** The duration as {@link #parse} reads it back, in its largest whole unit: {@code 7d}, {@code 36h}, {@code 90s}. */
    public static String format(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds != 0 && seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds != 0 && seconds % 3_600 == 0) {
            return seconds / 3_600 + "h";
        }
        if (seconds != 0 && seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }

    /** The span in words, in its largest whole unit: "1 minute", "36 hours", "30 days", "90 seconds". */
    public static String words(Duration duration) {
        long seconds = duration.getSeconds();
        if (seconds != 0 && seconds % 86_400 == 0) {
            return plural(seconds / 86_400, "day");
        }
        if (seconds != 0 && seconds % 3_600 == 0) {
            return plural(seconds / 3_600, "hour");
        }
        if (seconds != 0 && seconds % 60 == 0) {
            return plural(seconds / 60, "minute");
        }
        return plural(seconds, "second");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }

    /** A time span as people say it, to the nearest minute, in its two largest units: {@code 2d 5h}, {@code 53 min}. */
    public static String describe(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        long days = minutes / 1_440;
        long hours = minutes % 1_440 / 60;
        long mins = minutes % 60;
        if (days > 0) {
            return hours == 0 ? days + "d" : days + "d " + hours + "h";
        }
        if (hours > 0) {
            return mins == 0 ? hours + "h" : hours + "h " + mins + " min";
        }
        return mins + " min";
    }
}
