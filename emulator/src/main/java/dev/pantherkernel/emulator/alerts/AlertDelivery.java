package dev.pantherkernel.emulator.alerts;

import java.time.Instant;

/** One attempt to send an alert to a destination. */
public record AlertDelivery(Instant dispatchedAt, String label, String message, String outputId, int statusCode,
        boolean success, String url) {}
