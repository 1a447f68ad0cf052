package dev.pantherkernel.emulator.schema;

/** One area of the API (alerts, users, data lake, ...) registering its fetchers. */
public interface SchemaPart {
    void wire(RootFields root);
}
