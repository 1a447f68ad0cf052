package dev.pantherkernel.kernel.jshell;

import java.util.List;

/**
 * The text of one executed cell, kept so that errors can quote the line they happened on, as the user wrote it
 * (before magics were turned into Java).
 */
record CellSource(int executionCount, List<String> lines) {

    static CellSource of(int executionCount, String text) {
        return new CellSource(executionCount, text.lines().toList());
    }

    /** The 1-based line, or an empty string past the end. */
    String line(int number) {
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }

    /** The 1-based line number of a character offset into the cell text. */
    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /** The 0-based column of a character offset. */
    static int columnOf(String text, int offset) {
        int start = text.lastIndexOf('\n', Math.max(0, Math.min(offset, text.length()) - 1)) + 1;
        return offset - start;
    }
}
