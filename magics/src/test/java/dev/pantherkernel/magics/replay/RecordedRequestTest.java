package dev.pantherkernel.magics.replay;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantherkernel.magics.client.GraphQLRequest;
import dev.pantherkernel.magics.client.RestRequest;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How a recording keys a request: what Panther would see, spelled one way. */
class RecordedRequestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theSameOperationWrittenWithOtherSpacingAndCommentsIsTheSameKey() {
        GraphQLRequest tidy = GraphQLRequest.query("alerts", "query A($n: Int) { alerts(input: {pageSize: $n}) { edges { node { id } } } }",
                Map.of("n", 5));
        GraphQLRequest loose = GraphQLRequest.query("alerts", """
                # the week's alerts
                query A($n: Int) {
                  alerts(input: { pageSize: $n }) {
                    edges { node { id } }
                  }
                }""", Map.of("n", 5));

        assertThat(RecordedRequest.of(loose).key()).isEqualTo(RecordedRequest.of(tidy).key());
    }

    @Test
    void variablesInAnotherOrderAreTheSameKeyAndOtherValuesAreAnother() {
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", Map.of("x", 1, "y", 2));
        ab.put("b", "two");
        Map<String, Object> ba = new LinkedHashMap<>();
        ba.put("b", "two");
        ba.put("a", new LinkedHashMap<>(Map.of("y", 2, "x", 1)));
        String query = "query Q($a: In, $b: String) { q(a: $a, b: $b) }";

        RecordedRequest first = RecordedRequest.of(GraphQLRequest.query("q", query, ab));
        assertThat(RecordedRequest.of(GraphQLRequest.query("q", query, ba)).key()).isEqualTo(first.key());
        assertThat(RecordedRequest.of(GraphQLRequest.query("q", query, Map.of("a", Map.of("x", 1, "y", 3), "b", "two")))
                .key()).isNotEqualTo(first.key());
    }

    @Test
    void theClientsOwnLabelForAnOperationIsNoPartOfTheKey() {
        String query = "{ generalSettings { pantherVersion } }";

        assertThat(RecordedRequest.of(GraphQLRequest.query("version", query, Map.of())).key())
                .isEqualTo(RecordedRequest.of(GraphQLRequest.query("generalSettings", query, null)).key());
    }

    @Test
    void restQueryParametersInAnotherOrderAreTheSameKeyAndTheBodyCounts() {
        RestRequest one = RestRequest.get("/rules").query("state", "enabled").query("severity", "HIGH", "CRITICAL");
        RestRequest two = RestRequest.get("/rules").query("severity", "HIGH", "CRITICAL").query("state", "enabled");
        RestRequest put = RestRequest.put("/rules/{id}", "AWS Root").body(Map.of("enabled", false, "severity", "HIGH"));
        RestRequest putReordered = RestRequest.put("/rules/{id}", "AWS Root").body(JSON.createObjectNode()
                .put("severity", "HIGH").put("enabled", false));

        assertThat(RecordedRequest.of(two).key()).isEqualTo(RecordedRequest.of(one).key());
        assertThat(RecordedRequest.of(putReordered).key()).isEqualTo(RecordedRequest.of(put).key());
        assertThat(RecordedRequest.of(put.body(Map.of("enabled", true))).key()).isNotEqualTo(RecordedRequest.of(put).key());
        assertThat(RecordedRequest.of(put).describe()).isEqualTo("PUT /rules/AWS%20Root");
        assertThat(RecordedRequest.of(one).describe()).isEqualTo("GET /rules?severity=HIGH&severity=CRITICAL&state=enabled");
    }

    @Test
    void aRequestReadBackFromAFileKeysAsTheClientsOwn() throws Exception {
        RecordedRequest graphql = RecordedRequest.of(GraphQLRequest.query("q", "{ q }", Map.of("z", List.of(1, 2), "a", "x")));
        RecordedRequest rest = RecordedRequest.of(RestRequest.post("/queries").query("z", "1").body(Map.of("b", 1, "a", 2)));

        assertThat(RecordedRequest.read(JSON.readTree(graphql.json().toString())).key()).isEqualTo(graphql.key());
        assertThat(RecordedRequest.read(JSON.readTree(rest.json().toString())).key()).isEqualTo(rest.key());
    }
}
