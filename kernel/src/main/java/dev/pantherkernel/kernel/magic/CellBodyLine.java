package dev.pantherkernel.kernel.magic;

/**
 * The cell line where the running cell magic's body starts. jjava calls a cell magic with its arguments and body
 * only; the kernel notes the line here before the call, so that the {@code %%panther} magic can point errors at
 * cell lines. Cells run one at a time.
 */
public final class CellBodyLine {

    private volatile int line = 1;

    public void set(int value) {
        line = value;
    }

    public int get() {
        return line;
    }
}
