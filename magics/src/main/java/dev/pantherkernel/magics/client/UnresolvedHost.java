package dev.pantherkernel.magics.client;

import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;

/**
 * A host name that does not resolve is a mistake in the URL (or no network), not a passing fault: it is reported as
 * what it is at once, instead of as "connection refused" after every retry.
 */
final class UnresolvedHost {

    private UnresolvedHost() {
    }

    /** Throws the one-line error when {@code failure} says {@code uri}'s host name did not resolve; else returns. */
    static void check(IOException failure, URI uri, String operation) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                throw new TransportException(operation, "the host name '" + uri.getHost()
                        + "' does not resolve: check the URL (and this machine's network and DNS)", 1, failure);
            }
        }
    }
}
