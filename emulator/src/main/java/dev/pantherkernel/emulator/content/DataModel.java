package dev.pantherkernel.emulator.content;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A data model: names common to detections ({@code source_ip}) mapped for some log types to a path in the event or
 * to a Python function of {@code body}.
 */
public record DataModel(
        String id,
        String displayName,
        String description,
        boolean enabled,
        List<String> logTypes,
        List<Mapping> mappings,
        String body,
        boolean managed,
        Instant createdAt,
        Instant lastModified) {

    /** One name of the model: found at {@code path} in the event, or computed by the function {@code method}. */
    public record Mapping(String name, String path, String method) {}

    public DataModel {
        Objects.requireNonNull(id, "id");
        logTypes = List.copyOf(logTypes);
        mappings = List.copyOf(mappings);
    }

    public boolean sameContentAs(DataModel other) {
        return other != null && id.equals(other.id) && Objects.equals(displayName, other.displayName)
                && Objects.equals(description, other.description) && enabled == other.enabled && logTypes.equals(other.logTypes)
                && mappings.equals(other.mappings) && Objects.equals(body, other.body);
    }

    /** The same model with new content, keeping its creation time. */
    public DataModel replacedBy(DataModel next, Instant at) {
        return new DataModel(id, next.displayName, next.description, next.enabled, next.logTypes, next.mappings, next.body,
                managed && next.managed, createdAt, at);
    }
}
