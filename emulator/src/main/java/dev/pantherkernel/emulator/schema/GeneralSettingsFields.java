package dev.pantherkernel.emulator.schema;

import java.util.Map;

/** {@code generalSettings}: the connection check every client starts with. */
public final class GeneralSettingsFields implements SchemaPart {
    private final String pantherVersion;

    public GeneralSettingsFields(String pantherVersion) {
        this.pantherVersion = pantherVersion;
    }

    @Override
    public void wire(RootFields root) {
        root.queryForAnyKey("generalSettings", env -> Map.of("pantherVersion", pantherVersion));
    }
}
