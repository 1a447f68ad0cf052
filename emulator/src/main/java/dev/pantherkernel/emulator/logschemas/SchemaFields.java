package dev.pantherkernel.emulator.logschemas;

import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.paging.Connection;
import dev.pantherkernel.emulator.schema.Input;
import dev.pantherkernel.emulator.schema.RootFields;
import dev.pantherkernel.emulator.schema.SchemaPart;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** The log-type schema operations of the API. */
public final class SchemaFields implements SchemaPart {
    private final SchemaStore store;
    private final Supplier<Set<String>> logTypesInUse;

    /** @param logTypesInUse the log types some source delivers */
    public SchemaFields(SchemaStore store, Supplier<Set<String>> logTypesInUse) {
        this.store = store;
        this.logTypesInUse = logTypesInUse;
    }

    @Override
    public void wire(RootFields root) {
        // Panther does not page schemas: the cursor is always null
        root.query("schemas", Permission.LogSourceRead, env -> {
            Input in = Input.of(env);
            return Connection.fromOffset(store.list(in.string("contains"), in.bool("isArchived"), in.bool("isInUse"),
                    in.bool("isManaged"), logTypesInUse.get()), 0, false);
        });
        root.mutation("createOrUpdateSchema", Permission.LogSourceModify, env -> {
            Input in = Input.of(env);
            return Map.of("schema", store.write(in.string("name"), in.string("spec"), in.integer("revision"), in.string("description"),
                    in.string("referenceURL"), in.bool("isFieldDiscoveryEnabled")));
        });
        root.mutation("updateSchemaStatus", Permission.LogSourceModify, env -> {
            Input in = Input.of(env);
            return store.setArchived(in.string("name"), in.bool("isArchived"), logTypesInUse.get());
        });
    }
}
