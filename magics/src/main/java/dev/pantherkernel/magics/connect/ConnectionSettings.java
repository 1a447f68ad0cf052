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

    /** Where a connection's endpoint and token came from, shown to the user (never the token itself). */
    public enum Origin {
        FLAGS("command-line flags"),
        ENVIRONMENT("PANTHER_API_URL and PANTHER_API_TOKEN"),
        PROFILE("profile file"),
        PROMPT("password prompt"),
        DEMO("built-in demo"),
        REPLAY("none: answers replayed from a recording");

        private final String description;

        Origin(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }
}
