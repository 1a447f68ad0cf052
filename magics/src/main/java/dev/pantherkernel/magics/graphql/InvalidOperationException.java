package dev.pantherkernel.magics.graphql;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.PantherException;

import java.util.List;

/** A GraphQL operation that does not parse or does not fit the schema; nothing was sent. */
@Internal
public final class InvalidOperationException extends PantherException {

    private final int line;
    private final int column;

    public InvalidOperationException(String message, int line, int column, List<String> details) {
        super(message, details);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
