package dev.pantherkernel.emulator.rest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.pantherkernel.emulator.core.ApiException;
import dev.pantherkernel.emulator.faults.OperationShape;
import dev.pantherkernel.emulator.http.GraphQLEndpoint;
import dev.pantherkernel.emulator.http.RequestGate;
import dev.pantherkernel.emulator.http.Responses;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Panther's REST API at the host's root: finds the operation of a method and path (404 for an unknown path, 405 with
 * {@code Allow} for a known path's other methods), passes the request through the same {@link RequestGate} as
 * GraphQL (round trip, count under {@code "METHOD /path-template"}, injected fault, 401), checks the operation's
 * permission (403), runs its handler and writes the JSON answer or {@code {"message": ...}}.
 */
public final class RestEndpoint implements HttpHandler {
    private static final System.Logger LOG = System.getLogger(RestEndpoint.class.getName());

    private final RestApi api;
    private final RequestGate gate;

    public RestEndpoint(RestApi api, RequestGate gate) {
        this.api = api;
        this.gate = gate;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            gate.waitOutLatency();
            byte[] body = in.readAllBytes();
            String path = exchange.getRequestURI().getRawPath();
            RestApi.Lookup lookup = api.find(exchange.getRequestMethod(), segments(path));
            if (lookup instanceof RestApi.OtherMethods other) {
                exchange.getResponseHeaders().set("Allow", String.join(", ", other.allowed()));
                Responses.message(exchange, 405, exchange.getRequestMethod() + " is not served on " + path
                        + "; it takes " + String.join(", ", other.allowed()));
                return;
            }
            if (!(lookup instanceof RestApi.Found found)) {
                Responses.message(exchange, 404, "no REST path " + path + " (GraphQL is at " + GraphQLEndpoint.PATH + ")");
                return;
            }
            serve(exchange, found, body);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "REST request failed: " + e);
            throw e;
        } finally {
            exchange.close();
        }
    }

    private void serve(HttpExchange exchange, RestApi.Found found, byte[] body) throws IOException {
        RestOperation operation = found.route().operation();
        Optional<RequestGate.Admitted> admitted = gate.admit(exchange, new OperationShape(Set.of(operation.name()), null, false));
        if (admitted.isEmpty()) {
            return;
        }
        if (!operation.access().allows(admitted.get().token(), found.pathParameters())) {
            Responses.message(exchange, 403, "access denied: " + operation.name() + " needs " + operation.access().describe());
            return;
        }
        RestAnswer answer;
        try {
            RestRequest request = new RestRequest(found.pathParameters(), QueryParameters.parse(exchange.getRequestURI().getRawQuery()),
                    body, admitted.get().token());
            answer = found.route().handler().handle(request);
        } catch (RestException e) {
            Responses.message(exchange, e.status(), e.getMessage());
            return;
        } catch (ApiException e) {
            Responses.message(exchange, RestException.statusOf(e), e.getMessage());
            return;
        } catch (Exception e) {
            LOG.log(System.Logger.Level.ERROR, operation.name() + " failed", e);
            Responses.message(exchange, 500, "internal server error");
            return;
        }
        if (answer.body() == null) {
            Responses.withoutBody(exchange, answer.status());
        } else if (admitted.get().truncates()) {
            Responses.truncated(exchange, answer.status(), RestJson.MAPPER.writeValueAsBytes(answer.body()));
        } else {
            Responses.json(exchange, answer.status(), RestJson.MAPPER.writeValueAsBytes(answer.body()));
        }
    }

    /** The decoded segments of a raw path; {@code /alerts/a%2Fb} has the one id {@code a/b}. */
    private static List<String> segments(String rawPath) {
        List<String> out = new ArrayList<>();
        String trimmed = rawPath.startsWith("/") ? rawPath.substring(1) : rawPath;
        if (trimmed.isEmpty()) {
            return out;
        }
        for (String segment : trimmed.split("/", -1)) {
            try {
                out.add(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                out.add(segment);
            }
        }
        return out;
    }
}
