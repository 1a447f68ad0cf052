package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpTransportTest {
    private PantherEmulator emulator;
    private ApiClient api;

    @BeforeAll
    void start() {
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0.01).build());
        api = new ApiClient(emulator.url(), emulator.token());
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    @Test
    void servesOnLoopbackAtThePublicGraphqlPath() {
        assertThat(emulator.url()).startsWith("http://127.0.0.1:").endsWith("/public/graphql");
        assertThat(api.data("{ generalSettings { pantherVersion } }").path("generalSettings").path("pantherVersion").asText())
                .isEqualTo(PantherEmulator.PANTHER_VERSION);
    }

    @Test
    void otherMethodsThanPostGet405() throws Exception {
        ApiClient.Answer answer = api.answer(HttpRequest.newBuilder(URI.create(emulator.url())).GET().build());
        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.raw().headers().firstValue("Allow")).hasValue("POST");
        assertThat(answer.body().path("message").asText()).isNotEmpty();
    }

    @Test
    void aBodyThatIsNotJsonGets400WithAMessage() throws Exception {
        ApiClient.Answer answer = api.send("{ generalSettings { pantherVersion } }", Duration.ofSeconds(10));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("message").asText()).contains("not JSON");
    }

    @Test
    void aMissingKeyGets401WithAMessage() throws Exception {
        ApiClient.Answer answer = api.withToken(null).send("{\"query\": \"{ generalSettings { pantherVersion } }\"}",
                Duration.ofSeconds(10));
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body().path("message").asText()).contains("X-API-Key");
    }

    @Test
    void anUnknownKeyGets401AndIntrospectionToo() {
        ApiClient.Answer answer = api.withToken("not-a-key").query("{ __schema { queryType { name } } }");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.body().path("message").asText()).isEqualTo("invalid API key");
    }

    @Test
    void introspectionWorksWithAValidKey() {
        assertThat(api.data("{ __schema { queryType { name } mutationType { name } } }").path("__schema")
                .path("mutationType").path("name").asText()).isEqualTo("Mutation");
        assertThat(api.data("{ __type(name: \"Alert\") { fields { name } } }").path("__type").path("fields").findValuesAsText("name"))
                .contains("origin", "events", "assignee");
    }

    @Test
    void unknownFieldsFailValidationWithTheApolloCode() {
        ApiClient.Answer answer = api.query("{ alertz { id } }");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.errors().path(0).path("extensions").path("code").asText()).isEqualTo("GRAPHQL_VALIDATION_FAILED");
        assertThat(answer.body().has("data")).isFalse();
    }

    @Test
    void syntaxErrorsNameTheLineAndColumn() {
        ApiClient.Answer answer = api.query("{ generalSettings { pantherVersion }");
        assertThat(answer.errors().path(0).path("locations").path(0).path("line").asInt()).isEqualTo(1);
        assertThat(answer.errors().path(0).path("extensions").path("code").asText()).isEqualTo("GRAPHQL_PARSE_FAILED");
    }

    @Test
    void operationNameSelectsOneOfSeveralOperations() throws Exception {
        ApiClient.Answer answer = api.send("""
                {"query": "query A { generalSettings { pantherVersion } } query B { users { id } }", "operationName": "B"}""",
                Duration.ofSeconds(10));
        assertThat(answer.data().has("users")).isTrue();
        assertThat(answer.data().has("generalSettings")).isFalse();
        assertThat(emulator.requestCount("B")).isGreaterThanOrEqualTo(1);
    }
}
