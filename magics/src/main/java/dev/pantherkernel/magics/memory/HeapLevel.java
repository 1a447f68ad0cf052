package dev.pantherkernel.magics.memory;

import dev.pantherkernel.magics.core.PublicApi;
import java.util.Locale;

/**
 * How full the heap was after a garbage collection: what stayed in use, of the most it may grow to ({@code -Xmx}).
 */
@PublicApi
public record HeapLevel(long usedBytes, long maxBytes) {

    /** The share of the heap in use, 0 to 1. */
    public double fraction() {
        return maxBytes <= 0 ? 0 : (double) usedBytes / maxBytes;
    }

    /** {@code 85% full (93 MB of 110 MB)}. */
    public String describe() {
        return String.format(Locale.ROOT, "%d%% full (%s of %s)", Math.round(fraction() * 100), size(usedBytes),
                size(maxBytes));
    }

    /** A heap size as people write it: {@code 110 MB}, {@code 8 GB}, {@code 1.5 GB}. */
    public static String size(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        if (mb < 1024) {
            return Math.round(mb) + " MB";
        }
        String gb = String.format(Locale.ROOT, "%.1f", mb / 1024);
        return (gb.endsWith(".0") ? gb.substring(0, gb.length() - 2) : gb) + " GB";
    }
}
