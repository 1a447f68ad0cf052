package dev.pantherkernel.kernel.magic;

import org.dflib.jjava.jupyter.kernel.magic.MagicParser;
import org.dflib.jjava.jupyter.kernel.magic.MagicTranspiler;
import org.dflib.jjava.jupyter.kernel.magic.ParsedCellMagic;
import org.dflib.jjava.jupyter.kernel.magic.ParsedLineMagic;

import java.util.List;
import java.util.Optional;

/**
 * A cell that is one {@code %name args} line and nothing else (blank lines aside), recognised with jjava's magic
 * grammar. Such a cell runs its magic straight away, as a {@code %%} cell does: through JShell it would cost a
 * compilation and leave a snippet and a class that JShell keeps for the session's life, for the same value.
 */
public record LineMagicCall(String name, List<String> args) {

    /** The line magic this cell is, if it is nothing but one. */
    public static Optional<LineMagicCall> parse(String cell) {
        if (!cell.stripLeading().startsWith("%") || CellMagicCall.looksLikeOne(cell)) {
            return Optional.empty();
        }
        Capture capture = new Capture();
        String rest = new MagicParser(LineMagics.LINE_START, LineMagics.CELL_START, capture).resolveMagics(cell);
        return capture.magics == 1 && capture.found != null && rest.isBlank()
                ? Optional.of(capture.found) : Optional.empty();
    }

    private static final class Capture extends MagicTranspiler {
        private LineMagicCall found;
        private int magics;

        @Override
        public String transpileLine(ParsedLineMagic magic) {
            magics++;
            if (!magic.linePrefix.isBlank()) {
                return magic.raw; // `var t = %panther ...` is Java around a magic
            }
            found = new LineMagicCall(magic.magicCall.name, List.copyOf(magic.magicCall.args));
            return "";
        }

        @Override
        public String transpileCell(ParsedCellMagic magic) {
            return magic.rawCell;
        }
    }
}
