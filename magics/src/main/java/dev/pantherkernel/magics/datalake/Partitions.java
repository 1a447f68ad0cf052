package dev.pantherkernel.magics.datalake;

import java.util.Locale;

/**
 * How many time partitions a data lake query runs as ({@code --partitions}): a number (1 runs it whole), or
 * {@code auto}: {@value #AUTO_COUNT} when the query can be split without changing its answer, else whole.
 *
 * @param count the number asked for; 0 for auto
 */
public record Partitions(int count) {

    /** The partitions auto gives a query that can be split. */
    public static final int AUTO_COUNT = 4;
    /** The most partitions, each a query of its own in Panther. */
    public static final int MAX = 64;

    public static final Partitions AUTO = new Partitions(0);
    public static final Partitions WHOLE = new Partitions(1);

    public Partitions {
        if (count < 0 || count > MAX) {
            throw new IllegalArgumentException("--partitions takes 1 to " + MAX + " or auto, not " + count);
        }
    }

    /** {@code auto} or a number from 1 to {@value #MAX}. */
    public static Partitions parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("auto")) {
            return AUTO;
        }
        try {
            int n = Integer.parseInt(t);
            if (n < 1) {
                throw new IllegalArgumentException("--partitions takes 1 to " + MAX + " or auto, not " + text);
            }
            return new Partitions(n);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--partitions takes a number (1 to " + MAX + ") or auto, not '" + text + "'");
        }
    }

    boolean isAuto() {
        return count == 0;
    }

    @Override
    public String toString() {
        return isAuto() ? "auto" : Integer.toString(count);
    }
}
