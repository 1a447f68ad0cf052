package dev.pantherkernel.kernel.magic;

import java.util.List;

/**
 * A cell magic that is given the cell line its body starts on, so that its errors can point at cell lines. jjava's
 * own cell magics get their arguments and body only; the kernel calls these itself, with the line as an argument.
 */
@FunctionalInterface
public interface NumberedCellMagic {

    Object run(List<String> args, String body, int bodyLine) throws Exception;
}
