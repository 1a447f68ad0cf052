package dev.pantherkernel.emulator.alerts;

/** The API's {@code AlertType}, with the listing ({@code AlertListingType}) each one belongs to. */
public enum AlertType {
    POLICY("ALERT"),
    RULE("ALERT"),
    SCHEDULED_RULE("ALERT"),
    RULE_ERROR("DETECTION_ERROR"),
    SCHEDULED_RULE_ERROR("DETECTION_ERROR"),
    SYSTEM_ERROR("SYSTEM_ERROR");

    private final String listing;

    AlertType(String listing) {
        this.listing = listing;
    }

    /** The {@code AlertListingType} value under which alerts of this type are listed. */
    public String listing() {
        return listing;
    }
}
