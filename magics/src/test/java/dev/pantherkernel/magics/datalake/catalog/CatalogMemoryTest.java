package dev.pantherkernel.magics.datalake.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.pantherkernel.magics.client.Endpoint;
import dev.pantherkernel.magics.datalake.sql.TableName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The data lake's tables kept on disk between kernels, for the first Tab of the next one. */
class CatalogMemoryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path cache;

    private static ArrayNode oneTable(String name) throws IOException {
        return (ArrayNode) JSON.readTree("[{\"name\": \"" + name + "\", \"description\": \"Okta\", \"logType\": \"Okta.SystemLog\","
                + " \"columns\": [{\"name\": \"p_event_time\", \"type\": \"timestamp\", \"description\": \"\"}]}]");
    }

    @Test
    void tablesKeptForADatabaseAreKnownAgainUnderEitherFormOfItsName() throws IOException {
        CatalogMemory.ofDemo(cache).keep("panther_logs.public", oneTable("okta_systemlog"));

        KnownTables known = CatalogMemory.ofDemo(cache).known("panther_logs").orElseThrow();

        assertThat(known.tables("PANTHER_LOGS")).extracting(CatalogTable::qualifiedName)
                .containsExactly("panther_logs.public.okta_systemlog");
        assertThat(known.databases()).extracting(CatalogDatabase::name).containsExactly("panther_logs.public");
        assertThat(known.table(TableName.parse("panther_logs.public.okta_systemlog"), "panther_logs"))
                .hasValueSatisfying(t -> assertThat(t.isLogTable()).isTrue());
        assertThat(known.tables("panther_rule_matches")).isEmpty();
    }

    @Test
    void theDemoAndEachPantherKeepTheirTablesApart() throws IOException {
        Endpoint acme = Endpoint.parse("https://acme.runpanther.net");
        CatalogMemory.ofDemo(cache).keep("panther_logs", oneTable("demo_table"));
        CatalogMemory.of(cache, acme).keep("panther_logs", oneTable("acme_table"));

        assertThat(CatalogMemory.of(cache, acme).known("panther_logs").orElseThrow().tables("panther_logs"))
                .extracting(CatalogTable::name).containsExactly("acme_table");
        assertThat(CatalogMemory.ofDemo(cache).known("panther_logs").orElseThrow().tables("panther_logs"))
                .extracting(CatalogTable::name).containsExactly("demo_table");
        assertThat(CatalogMemory.of(cache, Endpoint.parse("https://other.runpanther.net")).known("panther_logs")).isEmpty();
    }

    @Test
    void aKeptFileThatIsNotJsonIsAsIfNothingWereKeptAndTheNextListingReplacesIt() throws IOException {
        CatalogMemory memory = CatalogMemory.ofDemo(cache);
        memory.keep("panther_logs", oneTable("okta_systemlog"));
        Path file;
        try (Stream<Path> files = Files.walk(cache)) {
            file = files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        Files.writeString(file, "{ half a fi");

        assertThat(memory.known("panther_logs")).isEmpty();
        memory.keep("panther_logs", oneTable("aws_cloudtrail"));
        assertThat(memory.known("panther_logs").orElseThrow().tables("panther_logs")).extracting(CatalogTable::name)
                .containsExactly("aws_cloudtrail");
        try (Stream<Path> files = Files.walk(cache)) {
            assertThat(files.filter(f -> f.toString().endsWith(".part"))).as("no part files left").isEmpty();
        }
    }

    @Test
    void noMemoryKeepsOrKnowsNothing() throws IOException {
        CatalogMemory.none().keep("panther_logs", oneTable("okta_systemlog"));

        assertThat(CatalogMemory.none().known("panther_logs")).isEmpty();
        try (Stream<Path> files = Files.list(cache)) {
            assertThat(files).isEmpty();
        }
    }
}
