package dev.pantherkernel.magics.core;

import java.time.Duration;
import java.util.Locale;

/** Sizes and times written for people: {@code 1.2 MB}, {@code 3.4 s}, {@code 15 min}. */
@Internal
public final class Quantities {

    private Quantities() {
    }

    public static String bytes(double bytes) {
        String[] units = {"B", "KB", "MB", "GB", "TB", "PB"};
        double value = bytes;
        int unit = 0;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return unit == 0 ? String.format(Locale.ROOT, "%.0f B", value) : String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    public static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    /** A timeout as the user would have written it: {@code 15 min}, {@code 2 h}, {@code 90 s}. */
    public static String duration(Duration duration) {
        long s = duration.toSeconds();
        if (s >= 3600 && s % 3600 == 0) {
            return s / 3600 + " h";
        }
        if (s >= 60 && s % 60 == 0) {
            return s / 60 + " min";
        }
        return s > 0 ? s + " s" : duration.toMillis() + " ms";
    }

    public static String rows(long rows) {
        return String.format(Locale.ROOT, "%,d %s", rows, rows == 1 ? "row" : "rows");
    }
}
