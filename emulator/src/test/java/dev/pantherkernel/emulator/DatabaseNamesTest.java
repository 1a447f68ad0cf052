package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.emulator.datalake.DatabaseNames;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The databases are named as Panther names them ({@code panther_logs.public}); the short names work everywhere too. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DatabaseNamesTest {
    private PantherEmulator qualified;
    private PantherEmulator shortNames;

    @BeforeAll
    void start() {
        qualified = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0.02).build());
        shortNames = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0.02).databaseNames(DatabaseNames.Style.SHORT).build());
    }

    @AfterAll
    void stop() {
        qualified.close();
        shortNames.close();
    }

    @Test
    void theCatalogNamesDatabasesSchemaQualifiedByDefault() {
        ApiClient api = new ApiClient(qualified.url(), qualified.token());

        JsonNode databases = api.data("{ dataLakeDatabases { name } }").path("dataLakeDatabases");

        assertThat(databases.findValuesAsText("name")).containsExactly("panther_logs.public", "panther_rule_matches.public",
                "panther_lookups.public");
    }

    @Test
    void everyOperationAcceptsTheQualifiedTheShortAndTheUpperCaseName() {
        ApiClient api = new ApiClient(qualified.url(), qualified.token());
        DataLakeClient lake = new DataLakeClient(api);

        for (String name : List.of("panther_logs.public", "panther_logs", "PANTHER_LOGS.PUBLIC")) {
            assertThat(api.data("query($n: String!) { dataLakeDatabase(name: $n) { name } }", "n", name)
                    .path("dataLakeDatabase").path("name").asText()).as(name).isEqualTo("panther_logs.public");
            assertThat(api.data("query($n: String!) { dataLakeDatabaseTables(input: {databaseName: $n}) { edges { node { name } } } }",
                    "n", name).path("dataLakeDatabaseTables").findValuesAsText("name")).as(name).contains("okta_systemlog");
            assertThat(api.data("query($n: String!) { dataLakeDatabaseTable(input: {databaseName: $n, tableName: \"okta_systemlog\"}) "
                    + "{ name } }", "n", name).path("dataLakeDatabaseTable").path("name").asText()).isEqualTo("okta_systemlog");
            JsonNode done = lake.await(lake.execute("SELECT count(*) AS n FROM okta_systemlog", name));
            assertThat(done.path("status").asText()).as(name).isEqualTo("succeeded");
        }
    }

    @Test
    void anIndicatorSearchTakesTheQualifiedName() {
        ApiClient api = new ApiClient(qualified.url(), qualified.token());
        DataLakeClient lake = new DataLakeClient(api);

        String id = api.data("mutation { executeIndicatorSearchQuery(input: {indicators: [\"203.0.113.9\"], "
                + "startTime: \"2000-01-01T00:00:00.000Z\", endTime: \"2100-01-01T00:00:00.000Z\", "
                + "databases: [\"panther_logs.public\"]}) { id } }").path("executeIndicatorSearchQuery").path("id").asText();

        assertThat(lake.await(id).path("status").asText()).isEqualTo("succeeded");
        assertThat(lake.rows(id, 999)).isNotEmpty().allSatisfy(row ->
                assertThat(row.path("p_table").asText()).startsWith("panther_logs.public."));
    }

    @Test
    void anUnknownDatabaseIsNotFoundInEitherForm() {
        ApiClient api = new ApiClient(qualified.url(), qualified.token());

        assertThat(api.query("{ dataLakeDatabase(name: \"panther_nothing.public\") { name } }").firstError())
                .contains("panther_nothing.public").endsWith("not found");
        assertThat(api.query("mutation { executeDataLakeQuery(input: {sql: \"SELECT 1\", databaseName: \"nope\"}) { id } }")
                .firstError()).endsWith("not found");
    }

    @Test
    void theShortStyleNamesThemShortAndAcceptsTheQualifiedName() {
        ApiClient api = new ApiClient(shortNames.url(), shortNames.token());

        assertThat(api.data("{ dataLakeDatabases { name } }").path("dataLakeDatabases").findValuesAsText("name"))
                .containsExactly("panther_logs", "panther_rule_matches", "panther_lookups");
        assertThat(api.data("{ dataLakeDatabase(name: \"panther_rule_matches.public\") { name } }")
                .path("dataLakeDatabase").path("name").asText()).isEqualTo("panther_rule_matches");
    }
}
