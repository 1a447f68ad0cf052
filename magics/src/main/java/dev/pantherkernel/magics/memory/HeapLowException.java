package dev.pantherkernel.magics.memory;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.PantherException;

/**
 * A fetch into memory stopped because the heap ran low: what the garbage collector left in use had passed the
 * {@link HeapWatch}'s limit. The rows fetched before are kept (as a partial result), like after a failed page.
 */
@Internal
public final class HeapLowException extends PantherException {

    private final HeapLevel level;

    public HeapLowException(HeapLevel level) {
        this(level, "");
    }

    /** @param why what the level is too full for, after a comma ({@code too full for the next 2,048 rows}); or empty */
    public HeapLowException(HeapLevel level, String why) {
        super("the kernel's heap was " + level.describe() + " after garbage collection" + (why.isEmpty() ? "" : ", " + why));
        this.level = level;
    }

    /** The advice every report gives last: more heap for the kernel. */
    public static final String MORE_HEAP = "or give the kernel more heap (`./install.sh --heap 8g`; `%panther version` "
            + "shows its size)";

    public HeapLevel level() {
        return level;
    }

    /**
     * The one line the user reads: how much came, why it stopped, and what to do. {@code stopped after 50 pages
     * (49,950 rows): the kernel's heap was 85% full (93 MB of 110 MB) after garbage collection; the rows so far are
     * kept, marked partial. For every row: ADVICE}.
     *
     * @param fetched how much came ({@code 50 pages (49,950 rows)})
     * @param advice  what to do instead, ending with {@link #MORE_HEAP}
     */
    public String report(String fetched, String advice) {
        return "stopped after " + fetched + ": " + getMessage() + "; the rows so far are kept, marked partial. For every row: "
                + advice;
    }
}
