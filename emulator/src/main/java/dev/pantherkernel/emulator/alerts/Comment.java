package dev.pantherkernel.emulator.alerts;

import java.time.Instant;

/**
 * A comment on an alert, made with GraphQL's {@code createAlertComment} or REST's {@code POST /alert-comments} (one
 * store for both). {@code createdBy}/{@code updatedBy} are the actors (an API key or a user); a comment never
 * changed has no update.
 */
public record Comment(String id, String alertId, String body, String format, Instant createdAt, Object createdBy,
        Instant updatedAt, Object updatedBy) {

    Comment rewritten(String newBody, String newFormat, Instant at, Object actor) {
        return new Comment(id, alertId, newBody, newFormat, createdAt, createdBy, at, actor);
    }
}
