package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.core.Internal;

/**
 * One call to Panther, over GraphQL or REST. Both take the same steps (redaction, retries, authentication, status
 * check); what differs is how the request goes on the wire.
 */
@Internal
public sealed interface ApiRequest permits GraphQLRequest, RestRequest {

    /** What the call is called in errors, logs and permission hints: a root field, or {@code GET /rules}. */
    String operation();

    /**
     * Whether the call may change something, so that it is never sent twice unless the server said it did not act on
     * it.
     */
    boolean mutation();
}
