package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.core.Internal;
import java.util.Map;

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
}
