package dev.pantherkernel.magics.table;

import dev.pantherkernel.magics.core.PublicApi;
import java.util.Locale;

/**
 * How much of a table a notebook shows. A table of up to {@code rows} rows is shown whole, a longer one as its first
 * and last rows with a note of how many are hidden between them; a value longer than {@code width} characters is cut,
 * its whole text on hover. 0 means no limit: every row, whole values. The footer is one line (its facts in full on
 * hover) or, {@link Footer#FULL}, every fact in full. The kernel's renderers read it; {@code %panther display} sets
 * the session's, {@code --full} one result's.
 */
@PublicApi
public record TableDisplay(int rows, int width, Footer footer) {

    public static final TableDisplay DEFAULT = new TableDisplay(25, 48, Footer.SHORT);
    /** Every row, whole values, the whole footer. */
    public static final TableDisplay FULL = new TableDisplay(0, 0, Footer.FULL);

    /** The footer's form: one line, or every fact in full. */
    public enum Footer {
        SHORT, FULL
    }

    public TableDisplay {
        if (rows < 0 || width < 0) {
            throw new IllegalArgumentException("rows and width are 0 (no limit) or more");
        }
    }

    public boolean allRows() {
        return rows == 0;
    }

    public boolean wholeValues() {
        return width == 0;
    }

    public TableDisplay withRows(int value) {
        return new TableDisplay(value, width, footer);
    }

    public TableDisplay withWidth(int value) {
        return new TableDisplay(rows, value, footer);
    }

    public TableDisplay withFooter(Footer value) {
        return new TableDisplay(rows, width, value);
    }

    /** Rows shown after the hidden ones in a table longer than {@link #rows}: a fifth, at most 5. */
    public int tailRows() {
        return Math.min(5, rows / 5);
    }

    /** Rows shown before the hidden ones in a table longer than {@link #rows}. */
    public int headRows() {
        return rows - tailRows();
    }

    public String describeRows() {
        return allRows() ? "all" : String.format(Locale.ROOT, "%d (longer tables: the first %d and last %d)", rows,
                headRows(), tailRows());
    }

    public String describeWidth() {
        return wholeValues() ? "whole values" : width + " characters";
    }
}
