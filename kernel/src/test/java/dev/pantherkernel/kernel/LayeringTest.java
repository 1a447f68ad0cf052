package dev.pantherkernel.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pantherkernel.layers.LayeredPackages;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kernel's packages in layers, bottom first (the checks are {@link LayeredPackages}'). At the bottom the parts
 * that know nothing of each other: JShell evaluation, magic lines turned into calls, the history, what the library
 * sees of the notebook, and chart pictures; then rendering (over the pictures) and the patches to jjava's Jupyter
 * protocol handling (whose messages a cell thread sends shielded from its interrupts, and whose streams count the
 * cell's outputs for the session); and {@code PantherKernel} with {@code Main} on top.
 */
class LayeringTest extends LayeredPackages {

    private static final List<List<String>> LAYERS = List.of(
            List.of("jshell", "magic", "history", "session", "render.picture"),
            List.of("render", "protocol"),
            List.of(ROOT));

    LayeringTest() {
        super(PantherKernel.class);
    }

    @Override
    protected List<List<String>> layers() {
        return LAYERS;
    }

    @Test
    void readsThePackageReferencesTheCompilerLeftInTheClassFiles() {
        assertThat(graph().get("protocol")).contains("jshell", "session");
        assertThat(graph().get(ROOT)).contains("protocol", "jshell", "render");
    }
}
