package dev.pantherkernel.kernel.magic;

import dev.pantherkernel.magics.core.CellMagicText;
import org.dflib.jjava.jupyter.kernel.magic.MagicParser;

/** Turns the {@code %name args} lines of a Java cell into calls, with the grammar jjava's kernels use. */
public final class LineMagics {

    /** A line magic starts a line or follows an {@code =}: {@code var t = %panther alerts}. */
    static final String LINE_START = "(?<=(?:^|=))\\s*%";
    static final String CELL_START = CellMagicText.CELL_MAGIC;

    private final MagicParser parser = new MagicParser(LINE_START, CELL_START, new KernelMagicTranspiler());

    /** The cell with its magic lines replaced by Java calls; line numbers stay as they were. */
    public String toJava(String cell) {
        return parser.resolveMagics(cell);
    }

    public MagicParser parser() {
        return parser;
    }
}
