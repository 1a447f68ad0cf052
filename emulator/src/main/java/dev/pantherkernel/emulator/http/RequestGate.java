package dev.pantherkernel.emulator.http;

import com.sun.net.httpserver.HttpExchange;
import dev.pantherkernel.emulator.auth.ApiToken;
import dev.pantherkernel.emulator.auth.TokenStore;
import dev.pantherkernel.emulator.faults.FaultKind;
import dev.pantherkernel.emulator.faults.FaultRule;
import dev.pantherkernel.emulator.faults.Faults;
import dev.pantherkernel.emulator.faults.OperationShape;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * What every API request passes before it is executed, GraphQL and REST alike: the network round trip it stands for
 * ({@code --latency}), the request count, an injected fault and the {@code X-API-Key}. One gate, so that both APIs
 * wait, count, fail and authenticate the same way.
 */
public final class RequestGate {
    /** A request that may go on: who sent it, and a fault that still applies to its answer (a truncated body). */
    public record Admitted(ApiToken token, Optional<FaultRule> fault) {
        /** True when the answer must be cut off half-way through its JSON. */
        public boolean truncates() {
            return fault.map(f -> f.kind() == FaultKind.TRUNCATED_BODY).orElse(false);
        }
    }

    private final TokenStore tokens;
    private final Faults faults;
    private final RequestCounter counter;
    private final Duration latency;

    /** @param latency the round trip each request waits before it is answered ({@code --latency}) */
    public RequestGate(TokenStore tokens, Faults faults, RequestCounter counter, Duration latency) {
        this.tokens = tokens;
        this.faults = faults;
        this.counter = counter;
        this.latency = latency;
    }

    /** Waits as long as the configured round trip, before anything else happens to the request. */
    public void waitOutLatency() {
        sleep(latency);
    }

    /**
     * Counts the request under its shape, applies an injected fault that answers instead of the API, and
     * authenticates the key (401 otherwise). Empty when the exchange has been answered (or dropped) here.
     */
    public Optional<Admitted> admit(HttpExchange exchange, OperationShape shape) throws IOException {
        counter.record(shape);
        Optional<FaultRule> fault = faults.decide(shape);
        if (fault.isPresent() && answeredByFault(exchange, fault.get())) {
            return Optional.empty();
        }
        Optional<ApiToken> token = tokens.authenticate(exchange.getRequestHeaders().getFirst("X-API-Key"));
        if (token.isEmpty()) {
            Responses.message(exchange, 401, exchange.getRequestHeaders().containsKey("X-API-Key")
                    ? "invalid API key" : "missing X-API-Key header");
            return Optional.empty();
        }
        return Optional.of(new Admitted(token.get(), fault));
    }

    /** Applies a fault that replaces or precedes the answer; true when nothing more is to be sent. */
    private static boolean answeredByFault(HttpExchange exchange, FaultRule fault) throws IOException {
        switch (fault.kind()) {
            case STATUS -> {
                // a 503 "come back later" names its wait, as a server that is briefly down would
                if (!fault.delay().isZero()) {
                    exchange.getResponseHeaders().set("Retry-After", Long.toString(Math.max(1, fault.delay().toSeconds())));
                }
                Responses.message(exchange, fault.status(), "injected fault: HTTP " + fault.status());
            }
            case TOO_MANY_REQUESTS -> {
                exchange.getResponseHeaders().set("Retry-After", Long.toString(Math.max(0, fault.delay().toSeconds())));
                Responses.message(exchange, 429, "too many requests");
            }
            case HTML_ERROR_PAGE -> Responses.send(exchange, fault.status(), "text/html; charset=utf-8",
                    Responses.html(fault.status(), "Bad Gateway"));
            case CONNECTION_RESET -> Responses.dropConnection(exchange);
            case DELAY -> {
                sleep(fault.delay());
                return false;
            }
            case TRUNCATED_BODY, TRY_AGAIN -> {
                return false;
            }
        }
        return true;
    }

    private static void sleep(Duration duration) {
        if (duration.isZero()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
