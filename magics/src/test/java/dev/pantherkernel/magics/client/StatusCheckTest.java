package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.client.Transport.Reply;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an HTTP status means, for replies the emulator does not send. */
class StatusCheckTest {

    private static final GraphQLRequest METRICS = GraphQLRequest.query("metrics", "{ metrics { totalAlerts } }", Map.of());

    private static Reply reply(int status, String body) {
        return new Reply(status, Map.of("Content-Type", List.of("application/json")),
                new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void a403WhoseBodyIsAGraphQLAccessDeniedErrorIsAMissingPermission() {
        assertThatThrownBy(() -> new StatusCheck("https://api.acme.runpanther.net/public/graphql").check(METRICS,
                reply(403, "{\"errors\": [{\"message\": \"access denied\", \"path\": [\"metrics\"]}]}")))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("SummaryRead");
    }

    @Test
    void a403FromAGatewayIsARejectedKeyThatQuotesTheGateway() {
        assertThatThrownBy(() -> new StatusCheck("https://api.acme.runpanther.net/public/graphql").check(METRICS,
                reply(403, "{\"message\": \"Forbidden\"}")))
                .isInstanceOf(TokenRejectedException.class)
                .hasMessageContaining("HTTP 403: Forbidden")
                .hasMessageContaining("30-60 s");
    }
}
