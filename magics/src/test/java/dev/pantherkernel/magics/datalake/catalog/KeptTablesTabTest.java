package dev.pantherkernel.magics.datalake.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.pantherkernel.magics.assist.Completion;
import dev.pantherkernel.magics.assist.MagicTextAssist;
import dev.pantherkernel.magics.client.Endpoint;
import dev.pantherkernel.magics.connect.Environment;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first Tab after {@code FROM} of a new kernel, while its Panther has not answered yet: the tables kept from the
 * last listing, at once. (Here in the catalog's package, which alone writes what a listing keeps.)
 */
class KeptTablesTabTest {

    private static final String CELL = "%%panther sql\nSELECT * FROM okta_s";

    @TempDir
    Path home;

    @Test
    void aTabWhileThePantherHasNotAnsweredOffersTheTablesKeptFromItsLastListing() throws IOException {
        // a Panther that takes the connection and never answers: connecting goes on well past JupyterLab's second
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + silent.getLocalPort();
            Environment environment = Environment.of(Map.of("PANTHER_API_URL", url, "PANTHER_API_TOKEN", "a-token"), home);
            CatalogMemory.of(environment.cacheDirectory(), Endpoint.parse(url)).keep("panther_logs", (ArrayNode) new ObjectMapper()
                    .readTree("[{\"name\": \"okta_systemlog\", \"columns\": [{\"name\": \"p_event_time\", \"type\": \"timestamp\"}]}]"));
            PantherSession session = new PantherSession(new RecordingHost(), environment, Sessions.fastRetries());

            long start = System.nanoTime();
            Completion first = new MagicTextAssist(session).complete(CELL, CELL.length()).orElseThrow();

            assertThat(first.candidates()).containsExactly("okta_systemlog");
            assertThat(first.start()).isEqualTo(CELL.length() - "okta_s".length());
            assertThat(session.connectionIfOpen()).as("the Panther never answered").isEmpty();
            // sooner than the 850 ms a Tab with nothing kept waits for the listing
            assertThat((System.nanoTime() - start) / 1e9).as("seconds to the answer").isLessThan(0.84);
        }
    }

    @Test
    void aTabWithNothingKeptAndNoAnswerOffersNothingAndDoesNotWaitForTheConnection() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + silent.getLocalPort();
            PantherSession session = new PantherSession(new RecordingHost(),
                    Environment.of(Map.of("PANTHER_API_URL", url, "PANTHER_API_TOKEN", "a-token"), home), Sessions.fastRetries());

            long start = System.nanoTime();
            assertThat(new MagicTextAssist(session).complete(CELL, CELL.length())).isEmpty();
            assertThat((System.nanoTime() - start) / 1e9).as("seconds to the answer").isLessThan(3.0);
        }
    }
}
