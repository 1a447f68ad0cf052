package dev.pantherkernel.magics.paging;

import dev.pantherkernel.magics.core.Internal;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A GraphQL operation to turn into a table; made with {@link #newOperation(String, String)} and its {@link Builder}.
 *
 * @param label   the name of the table and of the operation in the footer ({@code alerts})
 * @param path    where the rows are ({@code alert.events}); null for the first connection, else the first field
 * @param paging  whether to follow every page of the connection (off: the first page only)
 * @param limit   the most rows; 0 for all
 * @param columns the columns to keep, in this order; empty for all
 * @param firstLine the cell line the text's first line is on, for errors; 0 when the text is not from a cell
 * @param finish  what the command makes of the rows once they are in (before {@code columns} picks some), also of
 *                the rows kept when a fetch stops part way: the columns a reader needs that the API gives in another
 *                form (a list as words, a union member named)
 */
@Internal
public record Operation(String label, String text, Map<String, Object> variables, String operationName, String path,
                        boolean paging, long limit, List<String> columns, int firstLine, UnaryOperator<Table> finish) {

    public Operation {
        variables = variables == null ? Map.of() : variables;
        columns = columns == null ? List.of() : List.copyOf(columns);
        finish = finish == null ? UnaryOperator.identity() : finish;
    }

    /** An operation with no variables that follows every page and keeps every row and column, until told otherwise. */
    public static Builder newOperation(String label, String text) {
        return new Builder(label, text);
    }

    public static final class Builder {
        private final String label;
        private final String text;
        private Map<String, Object> variables = Map.of();
        private String operationName;
        private String path;
        private boolean paging = true;
        private long limit;
        private List<String> columns = List.of();
        private int firstLine;
        private UnaryOperator<Table> finish;

        private Builder(String label, String text) {
            this.label = label;
            this.text = text;
        }

        public Builder variables(Map<String, Object> value) {
            variables = value;
            return this;
        }

        public Builder operationName(String value) {
            operationName = value;
            return this;
        }

        public Builder path(String value) {
            path = value;
            return this;
        }

        public Builder paging(boolean value) {
            paging = value;
            return this;
        }

        public Builder limit(long value) {
            limit = value;
            return this;
        }

        public Builder columns(List<String> value) {
            columns = value;
            return this;
        }

        public Builder firstLine(int value) {
            firstLine = value;
            return this;
        }

        public Builder finish(UnaryOperator<Table> value) {
            finish = value;
            return this;
        }

        public Operation build() {
            return new Operation(label, text, variables, operationName, path, paging, limit, columns, firstLine, finish);
        }
    }
}
