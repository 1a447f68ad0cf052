package dev.pantherkernel.magics.command;

/** A command that reads the rest of a {@code %%panther} cell (SQL text, a GraphQL operation). */
public interface TakesCellBody {

    void body(String body);
}
