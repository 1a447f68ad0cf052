package dev.pantherkernel.kernel.session;

/** The outputs of the running cell, as far as a progress line needs them. */
public interface CellOutputs {

    /** How many outputs the cell shows now (after flushing its streams); -1 when no cell runs. */
    int count();

    /** Removes every output of the cell (clear_output). */
    void clear();
}
