package dev.pantherkernel.emulator.sources;

/** How a log source receives its logs: {@code integrationType} as Panther names it, and the GraphQL type it is shown as. */
public enum SourceKind {
    S3("aws-s3", "S3LogIntegration"),
    /**
     * Panther lists HTTP sources through {@code sources}, but its published schema has no object type for them; the
     * emulator shows them as its own {@code HttpLogIntegration}, which has only the fields every source has.
     */
    HTTP("http-ingest", "HttpLogIntegration");

    private final String integrationType;
    private final String typeName;

    SourceKind(String integrationType, String typeName) {
        this.integrationType = integrationType;
        this.typeName = typeName;
    }

    public String integrationType() {
        return integrationType;
    }

    public String typeName() {
        return typeName;
    }
}
