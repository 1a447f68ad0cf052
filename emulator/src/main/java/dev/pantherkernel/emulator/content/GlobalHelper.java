package dev.pantherkernel.emulator.content;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A global helper: a Python module every detection may import by its {@code id}. {@code createdBy} and
 * {@code lastModifiedBy}: a {@code User}, an {@code ApiToken}, or null for Panther itself.
 */
public record GlobalHelper(
        String id,
        String description,
        List<String> tags,
        String body,
        boolean managed,
        Object createdBy,
        Instant createdAt,
        Object lastModifiedBy,
        Instant lastModified) {

    public GlobalHelper {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(body, "body");
        tags = List.copyOf(tags);
    }

    public boolean sameContentAs(GlobalHelper other) {
        return other != null && id.equals(other.id) && Objects.equals(description, other.description)
                && tags.equals(other.tags) && body.equals(other.body);
    }

    /** The same helper with new content, keeping its creation. */
    public GlobalHelper replacedBy(GlobalHelper next, Object by, Instant at) {
        return new GlobalHelper(id, next.description, next.tags, next.body, managed && next.managed, createdBy, createdAt, by, at);
    }
}
