package dev.pantherkernel.emulator.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.pantherkernel.emulator.auth.ApiToken;
import dev.pantherkernel.emulator.auth.Caller;
import dev.pantherkernel.emulator.faults.FaultKind;
import dev.pantherkernel.emulator.faults.FaultRule;
import graphql.ErrorType;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /public/graphql}: reads the request, passes it through the {@link RequestGate} (round trip, count,
 * injected fault, {@code X-API-Key}), executes it with graphql-java and writes the JSON answer.
 */
public final class GraphQLEndpoint implements HttpHandler {
    /** The path GraphQL answers on; REST answers beside it, at the host's root. */
    public static final String PATH = "/public/graphql";
    private static final System.Logger LOG = System.getLogger(GraphQLEndpoint.class.getName());

    private final GraphQL graphQL;
    private final RequestGate gate;
    private final ObjectMapper json = new ObjectMapper();
    private final OperationShapes shapes = new OperationShapes();

    public GraphQLEndpoint(GraphQL graphQL, RequestGate gate) {
        this.graphQL = graphQL;
        this.gate = gate;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            gate.waitOutLatency();
            if (!PATH.equals(exchange.getRequestURI().getPath())) {
                Responses.message(exchange, 404, "not found; GraphQL is at " + PATH);
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                Responses.message(exchange, 405, "only POST is supported on this endpoint");
                return;
            }
            GraphQLRequest request;
            try {
                request = GraphQLRequest.read(json, in.readAllBytes());
            } catch (GraphQLRequest.BadRequest e) {
                Responses.message(exchange, 400, e.getMessage());
                return;
            }
            Optional<RequestGate.Admitted> admitted = gate.admit(exchange, shapes.of(request.query(), request.operationName()));
            if (admitted.isEmpty()) {
                return;
            }
            byte[] body = execute(request, admitted.get().token(), admitted.get().fault().map(FaultRule::kind).orElse(null));
            if (admitted.get().truncates()) {
                Responses.truncated(exchange, 200, body);
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
}
