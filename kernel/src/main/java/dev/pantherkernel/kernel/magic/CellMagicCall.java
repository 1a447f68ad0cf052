package dev.pantherkernel.kernel.magic;

import org.dflib.jjava.jupyter.kernel.magic.MagicParser;
import org.dflib.jjava.jupyter.kernel.magic.MagicTranspiler;
import org.dflib.jjava.jupyter.kernel.magic.ParsedCellMagic;
import org.dflib.jjava.jupyter.kernel.magic.ParsedLineMagic;

import java.util.List;
import java.util.Optional;

/**
 * A {@code %%name args} cell, recognised with jjava's own magic grammar. Such cells go straight to their magic,
 * not through JShell: the body is not Java, and may be larger than a Java string constant.
 *
 * @param bodyLine the cell line the body starts on (the magic line is the first non-blank one), for errors that
 *                 point into the body
 */
public record CellMagicCall(String name, List<String> args, String body, int bodyLine) {

    /** The cell magic this cell is, if it is one. */
    public static Optional<CellMagicCall> parse(String cell) {
        Capture capture = new Capture();
        new MagicParser(LineMagics.LINE_START, LineMagics.CELL_START, capture).resolveMagics(cell);
        return Optional.ofNullable(capture.found).map(call -> new CellMagicCall(call.name(), call.args(), call.body(),
                magicLine(cell) + 1));
    }

    /** The line of the {@code %%} line: blank lines may come before it. */
    private static int magicLine(String cell) {
        int magic = cell.indexOf(LineMagics.CELL_START);
        return 1 + (int) cell.substring(0, Math.max(0, magic)).chars().filter(c -> c == '\n').count();
    }

    /** Whether the cell starts like a cell magic, body or not. */
    public static boolean looksLikeOne(String cell) {
        return cell.stripLeading().startsWith(LineMagics.CELL_START);
    }

    private static final class Capture extends MagicTranspiler {
        private CellMagicCall found;

        @Override
        public String transpileCell(ParsedCellMagic magic) {
            found = new CellMagicCall(magic.magicCall.name, List.copyOf(magic.magicCall.args), magic.magicCall.body, 0);
            return "";
        }

        @Override
        public String transpileLine(ParsedLineMagic magic) {
            return magic.raw;
        }
    }
}
