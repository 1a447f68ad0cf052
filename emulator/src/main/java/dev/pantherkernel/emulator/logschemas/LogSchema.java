package dev.pantherkernel.emulator.logschemas;

/**
 * A log type's schema ({@code Schema} in the API). {@code createdAt} and {@code updatedAt} are plain text with
 * nanoseconds, as Panther's are; {@code revision} counts every change and is what a writer must send back,
 * {@code version} counts the changes of the spec itself.
 */
public record LogSchema(
        String name,
        String description,
        String spec,
        String discoveredSpec,
        int version,
        int revision,
        boolean isArchived,
        boolean isManaged,
        boolean isFieldDiscoveryEnabled,
        String referenceURL,
        String createdAt,
        String updatedAt) {

    LogSchema archived(boolean archived, String at) {
        return new LogSchema(name, description, spec, discoveredSpec, version, revision + 1, archived, isManaged,
                isFieldDiscoveryEnabled, referenceURL, createdAt, at);
    }
}
