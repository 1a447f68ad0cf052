package dev.pantherkernel.emulator.content;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A saved data lake query, or a scheduled one when it has a {@link Schedule}; scheduled rules name it by {@code name},
 * which is unique. The {@code id} is a UUID Panther gives it. {@code createdBy}: a {@code User}, an {@code ApiToken},
 * or null for Panther itself.
 */
public record SavedQuery(
        String id,
        String name,
        String description,
        String sql,
        List<String> tags,
        Schedule schedule,
        boolean managed,
        Object createdBy,
        Instant createdAt,
        Instant updatedAt) {

    public SavedQuery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
        tags = List.copyOf(tags);
    }

    public boolean scheduled() {
        return schedule != null;
    }

    /** True when both say the same thing, whoever made them and when (the id is Panther's, not content). */
    public boolean sameContentAs(SavedQuery other) {
        return other != null && name.equals(other.name) && Objects.equals(description, other.description)
                && sql.equals(other.sql) && tags.equals(other.tags) && Objects.equals(schedule, other.schedule);
    }

    /** The same query with new content, keeping its id and creation. */
    public SavedQuery replacedBy(SavedQuery next, Instant at) {
        return new SavedQuery(id, next.name, next.description, next.sql, next.tags, next.schedule, managed && next.managed,
                createdBy, createdAt, at);
    }
}
