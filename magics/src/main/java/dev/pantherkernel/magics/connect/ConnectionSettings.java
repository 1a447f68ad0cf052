package dev.pantherkernel.magics.connect;

import dev.pantherkernel.magics.client.ApiToken;
import dev.pantherkernel.magics.client.Endpoint;
import dev.pantherkernel.magics.core.Internal;
/** A resolved endpoint and token, and where they came from. Its text form never includes the token. */
@Internal
public record ConnectionSettings(Endpoint endpoint, ApiToken token, Origin origin, String profile) {

    public boolean demo() {
        return origin == Origin.DEMO;
    }

    @Override
    public String toString() {
        return "ConnectionSettings[" + endpoint + " from " + origin.description()
                + (profile == null ? "" : " '" + profile + "'") + "]";
    }
}
