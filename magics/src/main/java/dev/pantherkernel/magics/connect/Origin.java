package dev.pantherkernel.magics.connect;

import dev.pantherkernel.magics.core.Internal;

/** Where a connection's endpoint and token came from, shown to the user (never the token itself). */
@Internal
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
