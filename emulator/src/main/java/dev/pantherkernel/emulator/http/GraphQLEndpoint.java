package dev.pantherkernel.emulator.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.pantherkernel.emulator.auth.ApiToken;
import dev.pantherkernel.emulator.auth.Caller;
import dev.pantherkernel.emulator.auth.TokenStore;
import dev.pantherkernel.emulator.faults.FaultKind;
import dev.pantherkernel.emulator.faults.FaultRule;
import dev.pantherkernel.emulator.faults.Faults;
import dev.pantherkernel.emulator.faults.OperationShape;
import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /public/graphql}: reads the request, waits out the network round trip it stands for (if any), counts
 * it, applies any injected fault, authenticates the {@code X-API-Key}, executes with graphql-java and writes the
 * JSON answer.
 */
public final class GraphQLEndpoint implements HttpHandler {
    /** The one path the API answers on. */
    public static final String PATH = "/public/graphql";
    private static final System.Logger LOG = System.getLogger(GraphQLEndpoint.class.getName());

    private final GraphQL graphQL;
    private final TokenStore tokens;
    private final Faults faults;
    private final RequestCounter counter;
    private final ObjectMapper json = new ObjectMapper();
    private final OperationShapes shapes = new OperationShapes();
    private final Duration latency;

    /** @param latency the round trip each request waits before it is answered ({@code --latency}) */
    public GraphQLEndpoint(GraphQL graphQL, TokenStore tokens, Faults faults, RequestCounter counter, Duration latency) {
        this.graphQL = graphQL;
        this.tokens = tokens;
        this.faults = faults;
        this.counter = counter;
        this.latency = latency;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            if (!latency.isZero()) {
                sleep(latency);
            }
            if (!PATH.equals(exchange.getRequestURI().getPath())) {
                message(exchange, 404, "not found; the API is at " + PATH);
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                message(exchange, 405, "only POST is supported on this endpoint");
                return;
            }
            GraphQLRequest request;
            try {
                request = GraphQLRequest.read(json, in.readAllBytes());
            } catch (GraphQLRequest.BadRequest e) {
                message(exchange, 400, e.getMessage());
                return;
            }
            OperationShape shape = shapes.of(request.query(), request.operationName());
            counter.record(shape);
            Optional<FaultRule> fault = faults.decide(shape);
            if (fault.isPresent() && answeredByFault(exchange, fault.get())) {
                return;
            }
            Optional<ApiToken> token = tokens.authenticate(exchange.getRequestHeaders().getFirst("X-API-Key"));
            if (token.isEmpty()) {
                message(exchange, 401, exchange.getRequestHeaders().containsKey("X-API-Key")
                        ? "invalid API key" : "missing X-API-Key header");
                return;
            }
            byte[] body = execute(request, token.get(), fault.map(FaultRule::kind).orElse(null));
            if (fault.isPresent() && fault.get().kind() == FaultKind.TRUNCATED_BODY) {
                Responses.truncated(exchange, body);
            } else {
                Responses.json(exchange, 200, body);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "request failed: " + e);
            throw e;
        } finally {
            exchange.close();
        }
    }

    /** Applies a fault that replaces or precedes the answer; true when nothing more is to be sent. */
    private boolean answeredByFault(HttpExchange exchange, FaultRule fault) throws IOException {
        switch (fault.kind()) {
            case STATUS -> {
                // a 503 "come back later" names its wait, as a server that is briefly down would
                if (!fault.delay().isZero()) {
                    exchange.getResponseHeaders().set("Retry-After", Long.toString(Math.max(1, fault.delay().toSeconds())));
                }
                message(exchange, fault.status(), "injected fault: HTTP " + fault.status());
            }
            case TOO_MANY_REQUESTS -> {
                exchange.getResponseHeaders().set("Retry-After", Long.toString(Math.max(0, fault.delay().toSeconds())));
                message(exchange, 429, "too many requests");
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

    private byte[] execute(GraphQLRequest request, ApiToken token, FaultKind fault) throws IOException {
        Map<Object, Object> context = new HashMap<>();
        context.put(Caller.class, new Caller(token));
        if (fault != null) {
            context.put(FaultKind.class, fault);
        }
        ExecutionResult result = graphQL.execute(ExecutionInput.newExecutionInput()
                .query(request.query())
                .operationName(request.operationName())
                .variables(request.variables())
                .graphQLContext(context)
                .build());
        Map<String, Object> answer = new LinkedHashMap<>();
        if (result.isDataPresent()) {
            answer.put("data", result.getData());
        }
        if (!result.getErrors().isEmpty()) {
            answer.put("errors", result.getErrors().stream().map(GraphQLEndpoint::withCode).toList());
        }
        return json.writeValueAsBytes(answer);
    }

    /** Validation and syntax errors carry the code Panther's server (Apollo) gives them. */
    private static Map<String, Object> withCode(GraphQLError error) {
        Map<String, Object> spec = new LinkedHashMap<>(error.toSpecification());
        String code = error.getErrorType() == ErrorType.ValidationError ? "GRAPHQL_VALIDATION_FAILED"
                : error.getErrorType() == ErrorType.InvalidSyntax ? "GRAPHQL_PARSE_FAILED" : null;
        if (code != null) {
            @SuppressWarnings("unchecked")
            Map<String, Object> old = (Map<String, Object>) spec.getOrDefault("extensions", Map.of());
            Map<String, Object> extensions = new LinkedHashMap<>(old);
            extensions.put("code", code);
            spec.put("extensions", extensions);
        }
        return spec;
    }

    private void message(HttpExchange exchange, int status, String message) throws IOException {
        Responses.json(exchange, status, json.writeValueAsBytes(Map.of("message", message)));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
