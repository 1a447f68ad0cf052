package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.core.PantherException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EndpointTest {

    @Test
    void aConsoleAddressBecomesTheApiAddress() {
        assertThat(Endpoint.parse("https://acme.runpanther.net")).hasToString("https://api.acme.runpanther.net/public/graphql");
        assertThat(Endpoint.parse("acme.runpanther.net/")).hasToString("https://api.acme.runpanther.net/public/graphql");
    }

    @Test
    void aConsolePageCopiedFromTheBrowserBecomesTheApiAddress() {
        assertThat(Endpoint.parse("https://acme.runpanther.net/alerts/123"))
                .hasToString("https://api.acme.runpanther.net/public/graphql");
        assertThat(Endpoint.parse("https://acme.runpanther.net/investigate/data-explorer/?query=x#results"))
                .hasToString("https://api.acme.runpanther.net/public/graphql");
    }

    @Test
    void aFullAddressIsUsedAsGiven() {
        assertThat(Endpoint.parse("https://api.acme.runpanther.net/public/graphql"))
                .hasToString("https://api.acme.runpanther.net/public/graphql");
        assertThat(Endpoint.parse("https://panther.example.com/custom/graphql"))
                .hasToString("https://panther.example.com/custom/graphql");
    }

    @Test
    void plainHttpIsRefusedExceptOnLoopback() {
        assertThatThrownBy(() -> Endpoint.parse("http://acme.runpanther.net"))
                .isInstanceOf(PantherException.class).hasMessageContaining("refusing http://acme.runpanther.net")
                .hasMessageContaining("use https://");
        assertThatThrownBy(() -> Endpoint.parse("http://10.0.0.5:8900/public/graphql"))
                .isInstanceOf(PantherException.class);
        assertThat(Endpoint.parse("http://127.0.0.1:8900/public/graphql").isLoopback()).isTrue();
        assertThat(Endpoint.parse("http://localhost:8900")).hasToString("http://localhost:8900/public/graphql");
        assertThat(Endpoint.parse("http://[::1]:8900/public/graphql").isLoopback()).isTrue();
    }

    @Test
    void aHostNameThatOnlyStartsLikeLocalhostIsNotLoopback() {
        assertThatThrownBy(() -> Endpoint.parse("http://localhost.attacker.example/public/graphql"))
                .isInstanceOf(PantherException.class);
    }

    @Test
    void somethingThatIsNotAUrlSaysSo() {
        assertThatThrownBy(() -> Endpoint.parse("")).hasMessageContaining("no Panther URL given");
        assertThatThrownBy(() -> Endpoint.parse("ftp://acme.runpanther.net")).hasMessageContaining("not an http(s) URL");
    }
}
