package dev.pantherkernel.magics.datalake.result;

import java.util.Arrays;

/**
 * The {@link TextDictionary} of each text column of one result. The pages of the result read into them one after
 * another; a reader holds this object's lock while it reads a page's rows, and so does whoever makes the table from
 * them, so a page still being read when paging stopped (an interrupt) never races the table being made.
 */
final class TextDictionaries {

    private TextDictionary[] byColumn = new TextDictionary[0];

    /** The dictionary of column {@code column}, made on first use; call with this object's lock held. */
    TextDictionary of(int column) {
        if (column >= byColumn.length) {
            byColumn = Arrays.copyOf(byColumn, column + 1);
        }
        if (byColumn[column] == null) {
            byColumn[column] = new TextDictionary();
        }
        return byColumn[column];
    }
}
