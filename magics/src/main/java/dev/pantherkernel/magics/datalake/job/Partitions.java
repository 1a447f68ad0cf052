package dev.pantherkernel.magics.datalake.job;

import dev.pantherkernel.magics.core.PublicApi;
import java.util.Locale;

/**
 * How many time partitions a data lake query runs as ({@code --partitions}): a number (1 runs it whole), or
 * {@code auto}: split only when splitting pays, that is when the query can be split without changing its answer and
 * more than {@code splitAbove} rows are expected (estimated from Panther's metrics before it starts), one partition
 * per {@code splitAbove} rows, at most {@value #AUTO_MOST}.
 *
 * @param count      the number asked for; 0 for auto
 * @param splitAbove for auto: the rows expected above which it splits
 */
@PublicApi
public record Partitions(int count, long splitAbove) {

    /** Rows auto leaves to one query (10 pages): each partition is a query of its own, with its start-up and cost. */
    public static final long AUTO_ROWS = 10_000;
    /** The most partitions auto splits into. */
    public static final int AUTO_MOST = 8;
    /** The most partitions, each a query of its own in Panther. */
    public static final int MAX = 64;

    public static final Partitions AUTO = new Partitions(0);
    public static final Partitions WHOLE = new Partitions(1);

    public Partitions {
        if (count < 0 || count > MAX) {
            throw new IllegalArgumentException("--partitions takes 1 to " + MAX + " or auto, not " + count);
        }
        if (splitAbove < 1) {
            throw new IllegalArgumentException("auto splits above at least 1 row, not " + splitAbove);
        }
    }

    /** {@code count} partitions (0: auto, splitting above {@value #AUTO_ROWS} rows). */
    public Partitions(int count) {
        this(count, AUTO_ROWS);
    }

    /** Auto, splitting a query when more than {@code rows} rows are expected. */
    public static Partitions autoAbove(long rows) {
        return new Partitions(0, rows);
    }

    /**
     * {@code auto} or a number from 1 to {@value #MAX}; anything else is an {@link IllegalArgumentException} whose
     * message says what to write instead, for the caller to put after the word.
     */
    public static Partitions parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("auto")) {
            return AUTO;
        }
        int n;
        try {
            n = Integer.parseInt(t);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > MAX) {
            throw new IllegalArgumentException("write a number of partitions from 1 to " + MAX + ", or auto");
        }
        return new Partitions(n);
    }

    public boolean isAuto() {
        return count == 0;
    }

    /** How many partitions auto makes of a query expected to give {@code rows} rows (more than splitAbove). */
    public int autoCount(long rows) {
        return (int) Math.min(AUTO_MOST, Math.max(2, rows / splitAbove));
    }

    @Override
    public String toString() {
        return isAuto() ? "auto" : Integer.toString(count);
    }
}
