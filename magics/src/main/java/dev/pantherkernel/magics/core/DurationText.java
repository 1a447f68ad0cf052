package dev.pantherkernel.magics.core;


import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them: {@code 30m}, {@code 12h}, {@code 7d}, {@code 2w}, {@code 90s}. */
public final class DurationText {

    private static final Pattern FORM = Pattern.compile("(\\d+)\\s*(s|sec|m|min|h|hr|d|day|days|w|week|weeks)");

    private DurationText() {
    }

    public static Duration parse(String option, String text) {
        Matcher m = FORM.matcher(text == null ? "" : text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new UsageException(option + " " + text + ": write a duration like 30m, 12h, 7d or 2w");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s", "sec" -> Duration.ofSeconds(n);
            case "m", "min" -> Duration.ofMinutes(n);
            case "h", "hr" -> Duration.ofHours(n);
            case "d", "day", "days" -> Duration.ofDays(n);
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
