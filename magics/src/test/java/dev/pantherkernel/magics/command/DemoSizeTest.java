package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.client.ClientOptions;
import dev.pantherkernel.magics.connect.Environment;
import dev.pantherkernel.magics.session.NotebookHost;
import dev.pantherkernel.magics.session.PantherSession;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoSizeTest {

    private final PantherMagics magics = new PantherMagics(new PantherSession(NotebookHost.standalone(),
            Environment.of(Map.of(), Path.of("target/no-home")), ClientOptions.defaults()));

    @Test
    void aDemoSizeOutOfRangeIsOneClearErrorBeforeAnythingStarts() {
        assertThatThrownBy(() -> magics.line(List.of("connect", "--demo-scale", "0")))
                .isInstanceOf(UsageException.class).hasMessage("the demo's scale must be above 0 and at most 1000, not 0.0");
        assertThatThrownBy(() -> magics.line(List.of("connect", "--demo-days", "0")))
                .isInstanceOf(UsageException.class).hasMessage("the demo's days must be between 1 and 3660, not 0");
    }
}
