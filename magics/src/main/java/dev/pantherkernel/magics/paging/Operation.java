package dev.pantherkernel.magics.paging;

import java.util.List;
import java.util.Map;

/**
 * A GraphQL operation to turn into a table.
 *
 * @param label   the name of the table and of the operation in the footer ({@code alerts})
 * @param path    where the rows are ({@code alert.events}); null for the first connection, else the first field
 * @param paging  whether to follow every page of the connection (off: the first page only)
 * @param limit   the most rows; 0 for all
 * @param columns the columns to keep, in this order; empty for all
 * @param firstLine the cell line the text's first line is on, for errors; 0 when the text is not from a cell
 */
public record Operation(String label, String text, Map<String, Object> variables, String operationName, String path,
                        boolean paging, long limit, List<String> columns, int firstLine) {

    public Operation {
        variables = variables == null ? Map.of() : variables;
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    public Operation(String label, String text, Map<String, Object> variables, String operationName, String path,
                     boolean paging, long limit, List<String> columns) {
        this(label, text, variables, operationName, path, paging, limit, columns, 0);
    }

    /** The same operation, its text starting on line {@code cellLine} of a cell. */
    public Operation startingAt(int cellLine) {
        return new Operation(label, text, variables, operationName, path, paging, limit, columns, cellLine);
    }

    public static Operation of(String label, String text, Map<String, Object> variables) {
        return new Operation(label, text, variables, null, null, true, 0, List.of());
    }

    public Operation withLimit(long value) {
        return new Operation(label, text, variables, operationName, path, paging, value, columns, firstLine);
    }

    public Operation withColumns(List<String> value) {
        return new Operation(label, text, variables, operationName, path, paging, limit, value, firstLine);
    }

    public Operation withPath(String value) {
        return new Operation(label, text, variables, operationName, value, paging, limit, columns, firstLine);
    }
}
