package dev.pantherkernel.magics.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.pantherkernel.magics.memory.HeapWatch;
import dev.pantherkernel.magics.paging.Fetched;
import dev.pantherkernel.magics.paging.PageListener;
import dev.pantherkernel.magics.paging.RestPager;
import dev.pantherkernel.magics.table.JsonRowsTableBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client's REST path against a small scripted server (each test says what the server answers), so that the
 * client's own rules are tested apart from any one server's behaviour: the base URL, paging by {@code next}, retries
 * of reads only, and what 403 and 404 mean.
 */
class RestClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "rest-test-token-0123456789abcdef";

    private final List<String> seen = Collections.synchronizedList(new ArrayList<>());
    private final List<String> keys = Collections.synchronizedList(new ArrayList<>());
    private final Deque<Answer> script = new ArrayDeque<>();
    private final List<Duration> waits = new ArrayList<>();
    private HttpServer server;

    private record Answer(int status, String body) {
    }

    private PantherClient client(String apiPath) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
        ClientOptions options = ClientOptions.newClientOptions().firstBackoff(Duration.ofMillis(10)).sleeper(waits::add).build();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + apiPath;
        return new PantherClient(Endpoint.parse(url), ApiToken.of(TOKEN, "test"), options);
    }

    private void answer(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        URI uri = exchange.getRequestURI();
        seen.add(exchange.getRequestMethod() + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        keys.add(exchange.getRequestHeaders().getFirst("X-API-Key"));
        Answer next = script.isEmpty() ? new Answer(500, "{\"message\":\"nothing scripted\"}") : script.poll();
        byte[] body = next.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(next.status(), body.length == 0 ? -1 : body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static String page(String next, String... ids) {
        ObjectNode page = JSON.createObjectNode();
        ArrayNode results = page.putArray("results");
        for (String id : ids) {
            results.addObject().put("id", id).put("enabled", true);
        }
        if (next == null) {
            page.putNull("next");
        } else {
            page.put("next", next);
        }
        return page.toString();
    }

    @Test
    void restPathsHangOffTheApiHostRootBesideTheGraphQLEndpoint() {
        assertThat(Endpoint.parse("https://acme.runpanther.net").restBase()).hasToString("https://api.acme.runpanther.net");
        assertThat(Endpoint.parse("https://api.acme.runpanther.net/public/graphql").restBase())
                .hasToString("https://api.acme.runpanther.net");
        assertThat(Endpoint.parse("https://gateway.example.com:8443/panther/public/graphql").restBase())
                .hasToString("https://gateway.example.com:8443/panther");
        assertThat(Endpoint.parse("http://127.0.0.1:8900/public/graphql").restBase()).hasToString("http://127.0.0.1:8900");
    }

    @Test
    void aListIsFollowedByItsNextCursorUntilThereIsNoneAndTheKeyGoesInXApiKey() throws IOException {
        PantherClient client = client("/public/graphql");
        script.add(new Answer(200, page("c1", "a", "b")));
        script.add(new Answer(200, page("c 2/x", "c")));
        script.add(new Answer(200, page(null, "d")));
        JsonRowsTableBuilder rows = new JsonRowsTableBuilder("rules");

        Fetched fetched = new RestPager(client, HeapWatch.none()).fetch(RestRequest.get("/rules").query("severity", "HIGH", "CRITICAL"),
                0, PageListener.NONE, rows);

        assertThat(rows.table().stringColumn("id").asList()).containsExactly("a", "b", "c", "d");
        assertThat(fetched.complete()).isTrue();
        assertThat(fetched.pages()).isEqualTo(3);
        assertThat(seen).containsExactly("GET /rules?severity=HIGH&severity=CRITICAL",
                "GET /rules?severity=HIGH&severity=CRITICAL&cursor=c1",
                "GET /rules?severity=HIGH&severity=CRITICAL&cursor=c+2%2Fx");
        assertThat(keys).containsOnly(TOKEN);
    }

    @Test
    void aLimitStopsPagingAndSaysPantherHasMore() throws IOException {
        PantherClient client = client("/public/graphql");
        script.add(new Answer(200, page("c1", "a", "b")));
        script.add(new Answer(200, page("c2", "c", "d")));
        JsonRowsTableBuilder rows = new JsonRowsTableBuilder("rules");

        Fetched fetched = new RestPager(client, HeapWatch.none()).fetch(RestRequest.get("/rules"), 3, PageListener.NONE, rows);

        assertThat(rows.rowCount()).isEqualTo(3);
        assertThat(fetched.truncated()).isTrue();
        assertThat(seen).hasSize(2);
    }

    @Test
    void aFailedLaterPageKeepsTheRowsFetchedBeforeIt() throws IOException {
        PantherClient client = client("/public/graphql");
        script.add(new Answer(200, page("c1", "a", "b")));
        for (int i = 0; i < 5; i++) {
            script.add(new Answer(502, "{\"message\":\"bad gateway\"}"));
        }
        JsonRowsTableBuilder rows = new JsonRowsTableBuilder("rules");

        Fetched fetched = new RestPager(client, HeapWatch.none()).fetch(RestRequest.get("/rules"), 0, PageListener.NONE, rows);

        assertThat(rows.rowCount()).isEqualTo(2);
        assertThat(fetched.failure()).hasMessageContaining("HTTP 502");
        assertThat(fetched.complete()).isFalse();
    }

    @Test
    void aReadIsTriedAgainAfterA503AndAChangeIsSentOnce() throws IOException {
        PantherClient client = client("/public/graphql");
        script.add(new Answer(503, "{\"message\":\"busy\"}"));
        script.add(new Answer(200, "{\"id\":\"AWS.Root.Login\",\"enabled\":false}"));
        script.add(new Answer(502, "{\"message\":\"bad gateway\"}"));

        JsonNode rule = client.rest(RestRequest.get("/rules/{id}", "AWS.Root.Login"));
        assertThatThrownBy(() -> client.rest(RestRequest.put("/rules/{id}", "AWS.Root.Login").body(Map.of("enabled", false))))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining("PUT /rules/{id}").hasMessageContaining("not sent again");

        assertThat(rule.path("enabled").asBoolean(true)).isFalse();
        assertThat(seen).containsExactly("GET /rules/AWS.Root.Login", "GET /rules/AWS.Root.Login", "PUT /rules/AWS.Root.Login");
    }

    @Test
    void aForbiddenPathNamesThePermissionItNeedsAndAMissingOneSaysNotFound() throws IOException {
        PantherClient client = client("/public/graphql");
        script.add(new Answer(403, "{\"message\":\"forbidden\"}"));
        script.add(new Answer(404, "{\"message\":\"rule not found\"}"));

        assertThatThrownBy(() -> client.rest(RestRequest.put("/rules/{id}", "x").body(Map.of())))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("access denied to PUT /rules/{id} (forbidden): the token needs the RuleModify (console: Manage "
                        + "Rules) permission; ask a Panther admin to add it to the token");
        assertThatThrownBy(() -> client.rest(RestRequest.get("/rules/{id}", "Nope.Rule")))
                .isInstanceOf(NotFoundException.class).hasMessage("GET /rules/{id}: not found (rule not found)");
    }

    @Test
    void anAnswerWithoutABodyIsMissingAndAnEchoedKeyIsRedacted() throws IOException {
        PantherClient client = client("/prefix/public/graphql");
        script.add(new Answer(204, ""));
        script.add(new Answer(400, "{\"message\":\"bad key " + TOKEN + "\"}"));

        JsonNode none = client.rest(RestRequest.delete("/rules/{id}", "x"));
        assertThatThrownBy(() -> client.rest(RestRequest.post("/queries").body(Map.of("name", "q"))))
                .hasMessageContaining("HTTP 400").hasMessageNotContaining(TOKEN.substring(0, 8));

        assertThat(none.isMissingNode()).isTrue();
        assertThat(seen).containsExactly("DELETE /prefix/rules/x", "POST /prefix/queries");
    }
}
