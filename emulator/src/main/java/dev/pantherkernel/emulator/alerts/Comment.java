package dev.pantherkernel.emulator.alerts;

import java.time.Instant;

/** A comment on an alert; {@code entity} is the alert itself. */
public record Comment(String id, String body, String format, Instant createdAt, Object createdBy, Alert entity) {}
