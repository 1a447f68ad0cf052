package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.client.Transport.Reply;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import dev.pantherkernel.magics.core.PublicApi;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * Calls Panther's GraphQL and REST APIs. Each call passes through small steps, outermost first: the values sent (a
 * pseudonym of the session's redaction goes out as its original), redaction of the token (no exception leaves with the
 * token in it), retry (queries only), authentication, the {@link Transport} (the HTTP exchange, with any step around
 * it, such as recording), the status check and reading the reply.
 */
@PublicApi
public final class PantherClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Endpoint endpoint;
    private final Redactor redactor;
    private final Retrying retrying;
    private final Authentication authentication;
    private final Transport transport;
    private final StatusCheck statusCheck;
    private final SentValues sentValues;

    public PantherClient(Endpoint endpoint, ApiToken token, ClientOptions options) {
        this(endpoint, token, options, new HttpTransport(endpoint, options));
    }

    /** A client whose exchanges go through {@code transport} ({@link Transport#http} wrapped in steps, or a replay). */
    public PantherClient(Endpoint endpoint, ApiToken token, ClientOptions options, Transport transport) {
        this.endpoint = endpoint;
        this.redactor = new Redactor(token);
        this.retrying = new Retrying(options, redactor);
        this.authentication = new Authentication(token);
        this.transport = transport;
        this.statusCheck = new StatusCheck(endpoint.toString());
        this.sentValues = options.sentValues();
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    /** How values shown in the notebook are sent: the session's pseudonyms as their originals. */
    public SentValues sentValues() {
        return sentValues;
    }

    /** Sends the request and returns its {@code data}; GraphQL errors are thrown. */
    public JsonNode execute(GraphQLRequest request) {
        return execute(request, JsonReply.data(request.operation()));
    }

    /** Sends the request and lets {@code reader} read the reply body (as a stream: data lake pages are big). */
    public <T> T execute(GraphQLRequest request, ReplyReader<T> reader) {
        return call(request, reader);
    }

    /**
     * Calls Panther's REST API and returns the JSON it answered, or a missing node when the answer has no body (a
     * 204, say). A GET is tried again after a transient failure; any other method is sent once unless the server said
     * it did not act on it.
     */
    public JsonNode rest(RestRequest request) {
        return call(request, body -> {
            byte[] bytes = body.readAllBytes();
            return bytes.length == 0 ? MissingNode.getInstance() : JSON.readTree(bytes);
        });
    }

    private <T> T call(ApiRequest shown, ReplyReader<T> reader) {
        ApiRequest request = SentRequest.of(shown, sentValues);
        try {
            return retrying.run(request, () -> attempt(request, reader));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationInterruptedException(request.operation());
        } catch (RuntimeException e) {
            throw redactor.clean(e);
        }
    }

    private <T> T attempt(ApiRequest request, ReplyReader<T> reader) throws RetryableFault, InterruptedException {
        Reply reply = transport.send(request, authentication.headers());
        statusCheck.check(request, reply);
        try (InputStream body = reply.body()) {
            return reader.read(body);
        } catch (JsonProcessingException e) {
            throw new RetryableFault("a truncated or malformed JSON reply", null, e);
        } catch (IOException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            throw new RetryableFault(HttpTransport.describe(e, Duration.ZERO), null, e);
        }
    }
}
