package dev.pantherkernel.surfacefixture;

import dev.pantherkernel.magics.core.Suggestions;
import dev.pantherkernel.magics.surfacefixture.UnmarkedType;
import dev.pantherkernel.magics.table.Result;
import java.util.List;

/**
 * Code outside the library, as the kernel or bench is, that names a type of the surface ({@link Result}), an internal
 * one ({@link Suggestions}) and an unmarked one: {@code PublicSurfaceTest} runs the gate over it and expects the last
 * two reported.
 */
final class ReachesTheLibrary {

    private ReachesTheLibrary() {
    }

    static String shown(Result result) {
        return result.toString();
    }

    static List<String> suggested(String word, List<String> known) {
        return Suggestions.closest(word, known);
    }

    static UnmarkedType unmarked() {
        return new UnmarkedType();
    }
}
