package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** {@code /log-sources/http}: HTTP sources over REST, the same ones GraphQL's {@code sources} lists. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RestHttpSourcesTest {
    private static final String SOURCES = "{ sources { edges { node { __typename integrationId integrationLabel integrationType logTypes "
            + "createdBy { ... on APIToken { name } } } } } }";

    private PantherEmulator emulator;
    private RestClient rest;
    private ApiClient graphql;

    @BeforeAll
    void start() {
        emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0).build());
        rest = new RestClient(emulator.restUrl(), emulator.token());
        graphql = new ApiClient(emulator.url(), emulator.token());
    }

    @AfterAll
    void stop() {
        emulator.close();
    }

    private JsonNode graphqlSource(String label) {
        return graphql.data(SOURCES).path("sources").path("edges").findValues("node").stream()
                .filter(n -> n.path("integrationLabel").asText().equals(label)).findFirst().orElse(null);
    }

    private static Map<String, Object> source(String label, String method, Object... fields) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("integrationLabel", label);
        body.put("logTypes", List.of("Okta.SystemLog"));
        body.put("logStreamType", "JSON");
        body.put("authMethod", method);
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return body;
    }

    @Test
    void theSampleOktaSourceIsReadWithItsStreamAndSharedSecret() {
        String id = graphqlSource("Okta Production").path("integrationId").asText();
        RestClient.Exchange okta = rest.get("/log-sources/http/" + id);
        assertThat(okta.status()).isEqualTo(200);
        assertThat(okta.body().path("integrationLabel").asText()).isEqualTo("Okta Production");
        assertThat(okta.body().path("logTypes").toString()).isEqualTo("[\"Okta.SystemLog\"]");
        assertThat(okta.body().path("logStreamType").asText()).isEqualTo("JsonArray");
        assertThat(okta.body().path("logStreamTypeOptions").path("jsonArrayEnvelopeField").asText()).isEqualTo("data.events");
        assertThat(okta.body().path("authMethod").asText()).isEqualTo("SharedSecret");
        assertThat(okta.body().path("authHeaderKey").asText()).isEqualTo("Authorization");
        assertThat(okta.body().path("authSecretValue").asText()).hasSize(32);
        assertThat(okta.body().has("authBearerToken")).isFalse();
    }

    @Test
    void aSourceAddedOverRestIsListedByGraphQLChangedAndDeleted() {
        RestClient.Exchange made = rest.post("/log-sources/http", source("Webhook relay", "Bearer", "authBearerToken", "tok-123",
                "authUsername", "ignored"));
        assertThat(made.status()).isEqualTo(201);
        String id = made.body().path("integrationId").asText();
        assertThat(made.body().path("authBearerToken").asText()).isEqualTo("tok-123");
        assertThat(made.body().has("authUsername")).as("a field of another auth method is dropped").isFalse();
        JsonNode listed = graphqlSource("Webhook relay");
        assertThat(listed.path("integrationId").asText()).isEqualTo(id);
        assertThat(listed.path("__typename").asText()).isEqualTo("HttpLogIntegration");
        assertThat(listed.path("integrationType").asText()).isEqualTo("http-ingest");
        assertThat(listed.path("createdBy").path("name").asText()).isEqualTo(PantherEmulator.DEMO_TOKEN_NAME);

        Map<String, Object> change = source("Webhook relay v2", "HMAC", "authHeaderKey", "X-Signature", "authSecretValue", "s",
                "authHmacAlg", "sha256");
        change.put("logStreamType", "JsonArray");
        change.put("logStreamTypeOptions", Map.of("jsonArrayEnvelopeField", "records"));
        RestClient.Exchange changed = rest.put("/log-sources/http/" + id, change);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().path("integrationId").asText()).isEqualTo(id);
        assertThat(changed.body().path("authHmacAlg").asText()).isEqualTo("sha256");
        assertThat(changed.body().has("authBearerToken")).isFalse();
        assertThat(changed.body().path("logStreamTypeOptions").path("jsonArrayEnvelopeField").asText()).isEqualTo("records");
        assertThat(rest.get("/log-sources/http/" + id).body()).isEqualTo(changed.body());
        assertThat(graphqlSource("Webhook relay v2")).isNotNull();

        assertThat(rest.delete("/log-sources/http/" + id).status()).isEqualTo(204);
        assertThat(rest.get("/log-sources/http/" + id).status()).isEqualTo(404);
        assertThat(graphqlSource("Webhook relay v2")).isNull();
        assertThat(rest.delete("/log-sources/http/" + id).status()).as("nothing left to delete").isEqualTo(204);
    }

    @Test
    void aBadSourceIsRefusedWithWhatIsWrongAndAnS3SourceIsNotAnHttpOne() {
        RestClient.Exchange missing = rest.post("/log-sources/http", source("Hook", "SharedSecret", "authHeaderKey", "X-Key"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.message()).isEqualTo("authSecretValue is required with authMethod SharedSecret");
        RestClient.Exchange unknownType = rest.post("/log-sources/http", Map.of("integrationLabel", "Hook", "logTypes", List.of("Nginx.Access"),
                "logStreamType", "JSON", "authMethod", "None"));
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.message()).contains("Nginx.Access has no schema");
        RestClient.Exchange taken = rest.post("/log-sources/http", source("okta production", "None"));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(rest.put("/log-sources/http/no-such-source", source("Hook", "None")).status()).isEqualTo(404);

        String trail = graphqlSource("AWS CloudTrail Organization").path("integrationId").asText();
        assertThat(rest.get("/log-sources/http/" + trail).status()).isEqualTo(404);
        RestClient.Exchange refused = rest.delete("/log-sources/http/" + trail);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.message()).contains("aws-s3", "deleteSource");
        assertThat(graphqlSource("AWS CloudTrail Organization")).isNotNull();
    }
}
