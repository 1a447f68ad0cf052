package dev.pantherkernel.emulator.alerts;

import java.time.Instant;

/** The members of the {@code AlertOrigin} union. */
public final class Origins {
    private Origins() {}

    /**
     * A detection as the API shows it. {@code createdBy} and {@code updatedBy} are a {@code User} or an
     * {@code ApiToken}; null for Panther itself.
     */
    public record Detection(String id, String name, String description, DetectionType type, Instant createdAt,
            Object createdBy, Instant updatedAt, Object updatedBy) {}

    /** What remains of a detection that raised alerts and was deleted. */
    public record DeletedDetection(String id) {}

    /** A problem of Panther itself (a log source gone quiet, a failed delivery). */
    public record SystemError(String relatedComponent, String type) {}
}
