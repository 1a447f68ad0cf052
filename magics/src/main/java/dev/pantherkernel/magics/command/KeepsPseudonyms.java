package dev.pantherkernel.magics.command;

/**
 * A command whose words stay in the kernel: a pseudonym written on its line stays one (for the others,
 * {@link ArgumentVariables} sends it to Panther as the original it stands for). {@code parameters} is one: a value it
 * assigns lands in a Java variable, shown in the notebook.
 */
interface KeepsPseudonyms {
}
