package dev.pantherkernel.emulator.sources;

import java.time.Instant;
import java.util.List;

/**
 * A log source: the fields of {@code LogIntegration} that the store keeps, and the settings of its kind (S3 or
 * HTTP, the other null). Its health and the times of its newest events are not kept here: they come from the data
 * lake ({@link SourceActivity}).
 */
public record LogSource(
        String integrationId,
        String integrationLabel,
        SourceKind kind,
        List<String> logTypes,
        Instant createdAtTime,
        Object createdBy,
        Instant lastModified,
        boolean isEditable,
        S3Settings s3,
        HttpSettings http) {

    public LogSource {
        logTypes = List.copyOf(logTypes);
    }

    public String integrationType() {
        return kind.integrationType();
    }
}
