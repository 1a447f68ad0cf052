package dev.pantherkernel.magics.command;

/** A command that reads the rest of a {@code %%panther} cell (SQL text, a GraphQL operation). */
interface TakesCellBody {

    void body(String body);

    /** What the body holds, for usage lines and errors: {@code SQL}, {@code GraphQL operation}. */
    String bodyName();

    /** The cell line the body's first line is on (the magic line is line 1), for errors that point into it. */
    default void bodyStartsAt(int cellLine) {
    }
}
