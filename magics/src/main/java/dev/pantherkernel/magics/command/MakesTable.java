package dev.pantherkernel.magics.command;

/** A command whose table the dispatcher binds with {@code --as} and keeps as the session's last result. */
interface MakesTable {

    TableOptions tableOptions();
}
