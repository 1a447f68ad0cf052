package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.table.Result;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/**
 * A command that makes a table: it reaches the session through its context and takes the options every such
 * command has ({@code --as}, {@code --limit}, {@code --columns}).
 */
abstract class TableCommand implements Callable<Result>, MakesTable {

    protected final CommandContext context;

    @Mixin
    protected TableOptions table = new TableOptions();

    protected TableCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public final TableOptions tableOptions() {
        return table;
    }
}
