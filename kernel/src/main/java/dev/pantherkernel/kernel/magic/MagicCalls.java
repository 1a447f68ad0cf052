package dev.pantherkernel.kernel.magic;

import dev.pantherkernel.magics.PantherMagics;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.magic.UndefinedMagicException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * What transpiled magic lines call from cell code. Public and static because cell classes, compiled by JShell,
 * reach the kernel's single session this way. Errors pass through unwrapped, so a {@code %panther} usage error
 * reaches the user as its one clear line.
 */
public final class MagicCalls {

    private MagicCalls() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T line(String encodedName, String... encodedArgs) {
        return (T) run(decode(encodedName), decodeAll(encodedArgs));
    }

    /** Runs the line magic {@code name}: from a cell that is nothing but its line, or from the call above. */
    public static Object run(String name, List<String> args) {
        BaseKernel kernel = BaseKernel.notebookKernel();
        try {
            return kernel.getMagicsRegistry().evalLineMagic(kernel, name, args);
        } catch (UndefinedMagicException e) {
            throw UnknownMagic.error("%" + name, kernel.getMagicsRegistry().getLineMagicNames());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw PantherMagics.userError("%" + name + " failed: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    public static <T> T cell(String encodedName, String encodedBody, String... encodedArgs) {
        BaseKernel kernel = BaseKernel.notebookKernel();
        String name = decode(encodedName);
        try {
            return (T) kernel.getMagicsRegistry().evalCellMagic(kernel, name, decodeAll(encodedArgs), decode(encodedBody));
        } catch (UndefinedMagicException e) {
            throw UnknownMagic.error("%%" + name, kernel.getMagicsRegistry().getCellMagicNames());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw PantherMagics.userError("%%" + name + " failed: " + e.getMessage(), e);
        }
    }

    private static List<String> decodeAll(String[] encoded) {
        List<String> out = new ArrayList<>(encoded.length);
        for (String e : encoded) {
            out.add(decode(e));
        }
        return out;
    }

    private static String decode(String encoded) {
        return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    }
}
