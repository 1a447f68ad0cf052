package dev.pantherkernel.magics.client;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnresolvedHostTest {

    @Test
    void aHostNameThatDoesNotResolveIsSaidSoAtOnceWithoutRetrying() {
        List<Duration> waits = new ArrayList<>();
        ClientOptions options = ClientOptions.newClientOptions().firstBackoff(Duration.ofMillis(100)).sleeper(waits::add).build();
        // .invalid never resolves (RFC 2606)
        PantherClient client = new PantherClient(Endpoint.parse("https://api.no-such-panther.invalid/public/graphql"),
                ApiToken.of("a-token", "test"), options);

        assertThatThrownBy(() -> client.execute(GraphQLRequest.query("generalSettings",
                "query { generalSettings { pantherVersion } }", Map.of())))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.getMessage()).contains("the host name 'api.no-such-panther.invalid' does not resolve")
                            .doesNotContain("refused").doesNotContain("attempts");
                    assertThat(e.attempts()).isEqualTo(1);
                });
        assertThat(waits).as("waits before retries").isEmpty();
    }
}
