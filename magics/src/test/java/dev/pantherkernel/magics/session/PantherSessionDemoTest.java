package dev.pantherkernel.magics.session;

import dev.pantherkernel.magics.client.ClientOptions;
import dev.pantherkernel.magics.connect.DemoProvider;
import dev.pantherkernel.magics.connect.Environment;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.testing.RecordingHost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starting the built-in demo takes seconds: a cell that waits for it says so, and work in the background does not. */
class PantherSessionDemoTest {

    @TempDir
    Path home;

    private final RecordingHost host = new RecordingHost();

    /** How many progress lines were on screen when the demo was asked to start. */
    private final List<Integer> linesOpenAtStart = new ArrayList<>();

    /** A demo that fails to start (so that no server is needed), noting what the cell showed meanwhile. */
    private final DemoProvider failingDemo = size -> {
        linesOpenAtStart.add(host.progress.size() - host.progressClosed);
        throw new IllegalStateException("no room for the sample data");
    };

    private PantherSession session() {
        return new PantherSession(host, Environment.of(Map.of(), home), ClientOptions.defaults(), () -> Optional.of(failingDemo));
    }

    @Test
    void aCellWaitingForTheDemoShowsWhatItWaitsForAndTakesTheLineAwayAfterwards() {
        PantherSession session = session();

        assertThatThrownBy(session::connection).isInstanceOf(PantherException.class)
                .hasMessage("the built-in demo did not start: no room for the sample data");

        assertThat(linesOpenAtStart).containsExactly(1);
        assertThat(host.progress).containsExactly("starting the built-in demo: generating its synthetic sample data…");
        assertThat(host.progressClosed).isEqualTo(1);
    }

    @Test
    void connectingInTheBackgroundStartsTheDemoWithoutAProgressLine() {
        PantherSession session = session();

        assertThatThrownBy(session::connectionInBackground).isInstanceOf(PantherException.class)
                .hasMessage("the built-in demo did not start: no room for the sample data");

        assertThat(linesOpenAtStart).containsExactly(0);
        assertThat(host.progress).isEmpty();
    }
}
