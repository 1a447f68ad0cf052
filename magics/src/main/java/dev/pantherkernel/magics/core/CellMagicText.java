package dev.pantherkernel.magics.core;

import java.util.Optional;

/**
 * Where the magic line and the body of a {@code %%} cell are. Blank lines may come before the magic line (a notebook
 * cell often starts with one); the body is what follows the magic line. Execution and completion both read a cell
 * through this, so that they agree on which line is the magic line and where the body starts.
 *
 * @param magicLine      the {@code %%...} line, as written
 * @param magicLineStart where it starts in the cell
 * @param bodyStart      where the body starts in the cell (the cell's length when there is no body)
 * @param hasBody        whether a line break follows the magic line
 * @param bodyLine       the cell line (from 1) the body starts on, for errors that point into the body
 */
@PublicApi
public record CellMagicText(String magicLine, int magicLineStart, int bodyStart, boolean hasBody, int bodyLine) {

    public static final String CELL_MAGIC = "%%";

    /** The cell's magic line and body, if its first line that is not blank starts with {@code %%}. */
    public static Optional<CellMagicText> of(String cell) {
        int start = 0;
        int line = 1;
        while (start <= cell.length()) {
            int end = cell.indexOf('\n', start);
            String text = cell.substring(start, end < 0 ? cell.length() : end);
            if (!text.isBlank()) {
                if (!text.stripLeading().startsWith(CELL_MAGIC)) {
                    return Optional.empty();
                }
                return Optional.of(new CellMagicText(text, start, end < 0 ? cell.length() : end + 1, end >= 0, line + 1));
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
            line++;
        }
        return Optional.empty();
    }

    /** The body: everything after the magic line. */
    public String body(String cell) {
        return cell.substring(bodyStart);
    }

    /** Whether {@code at}, a position in the cell, lies in the body. */
    public boolean inBody(int at) {
        return hasBody && at >= bodyStart;
    }
}
