package dev.pantherkernel.magics.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The client sends every value that is all a pseudonym as its original: variables, REST path, query and body values. */
class SentRequestTest {

    private static final String EMAIL = "user-0123456789ab@redacted.example";
    private static final SentValues SENT = new SentValues() {
        @Override
        public String whole(String value) {
            return EMAIL.equals(value) ? "jordan.lee@example.com" : value;
        }

        @Override
        public String within(String text) {
            return text.replace(EMAIL, "jordan.lee@example.com");
        }

        @Override
        public boolean replacesAny() {
            return true;
        }
    };

    @Test
    void graphQLVariablesAtAnyDepthGoAsTheirOriginalsAndTheQueryTextAsWritten() {
        GraphQLRequest request = GraphQLRequest.query("users", "query { x(note: \"" + EMAIL + "\") }",
                Map.of("email", EMAIL, "input", Map.of("emails", List.of(EMAIL, "other")), "n", 3, "text", "to " + EMAIL));

        GraphQLRequest sent = (GraphQLRequest) SentRequest.of(request, SENT);

        assertThat(sent.variables()).containsEntry("email", "jordan.lee@example.com").containsEntry("n", 3)
                .containsEntry("input", Map.of("emails", List.of("jordan.lee@example.com", "other")))
                .as("only a whole value is a pseudonym to replace").containsEntry("text", "to " + EMAIL);
        assertThat(sent.query()).isEqualTo(request.query());
    }

    @Test
    void restPathQueryAndBodyValuesGoAsTheirOriginals() {
        RestRequest request = RestRequest.post("/users/{id}", EMAIL).query("email", EMAIL)
                .body(new ObjectMapper().createObjectNode().put("assignee", EMAIL).put("comment", "checked"));

        RestRequest sent = (RestRequest) SentRequest.of(request, SENT);

        assertThat(sent.pathAndQuery()).isEqualTo("/users/jordan.lee%40example.com?email=jordan.lee%40example.com");
        assertThat(sent.body().toString()).isEqualTo("{\"assignee\":\"jordan.lee@example.com\",\"comment\":\"checked\"}");
        assertThat(sent.operation()).as("errors name the template, never a value").isEqualTo("POST /users/{id}");
    }

    @Test
    void aSessionThatMadeNoPseudonymSendsTheRequestItself() {
        GraphQLRequest request = GraphQLRequest.query("users", "{ users { id } }", Map.of("email", EMAIL));

        assertThat(SentRequest.of(request, SentValues.AS_SHOWN)).isSameAs(request);
    }
}
