package dev.pantherkernel.emulator.rest;

/**
 * Answers one REST operation. Failures the caller should see are thrown: a {@link RestException} with its status, or
 * an {@code ApiException} of the stores (not found 404, invalid input 400, conflict 409); anything else is a 500
 * whose details stay in the server log.
 */
@FunctionalInterface
public interface RestHandler {
    RestAnswer handle(RestRequest request) throws Exception;
}
