package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.core.Internal;
import java.util.Map;
import java.io.InputStream;
import java.util.List;

/**
 * The innermost step of the client: one request out, one {@link Reply} back. Over HTTP it is {@link #http}; a
 * step may wrap another (recording what comes back) or stand in for the network altogether (answering from a
 * recording), as OkHttp's interceptors do, so that every GraphQL, REST and data lake call passes through it.
 */
@Internal
@FunctionalInterface
public interface Transport {

    /**
     * Sends {@code request} with {@code headers} (the API key among them: a step must never keep them).
     *
     * @throws RetryableFault a failure in transit that a query may be tried again after
     */
    Reply send(ApiRequest request, Map<String, String> headers) throws RetryableFault, InterruptedException;

    /** Panther over java.net.http, at {@code endpoint}. */
    static Transport http(Endpoint endpoint, ClientOptions options) {
        return new HttpTransport(endpoint, options);
    }

    /** What came back from one exchange: status, headers, and the body still to be read (the caller closes it). */
    public record Reply(int status, Map<String, List<String>> headers, InputStream body) {

        /** The first value of a header, in any case; null when there is none. */
        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }
}
