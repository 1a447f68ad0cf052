package dev.pantherkernel.kernel.magic;

import dev.pantherkernel.magics.core.CellMagicText;
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
        Optional<CellMagicText> text = CellMagicText.of(cell);
        return Optional.ofNullable(capture.found).filter(call -> text.isPresent()).map(call -> new CellMagicCall(call.name(),
                call.args(), call.body(), text.get().bodyLine()));
    }

    /** Whether the cell starts like a cell magic, body or not (blank lines may come before its {@code %%} line). */
    public static boolean looksLikeOne(String cell) {
        return CellMagicText.of(cell).isPresent();
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
