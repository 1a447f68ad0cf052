package dev.pantherkernel.emulator.cloudaccounts;

import dev.pantherkernel.emulator.auth.Caller;
import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.paging.Connection;
import dev.pantherkernel.emulator.schema.Input;
import dev.pantherkernel.emulator.schema.RootFields;
import dev.pantherkernel.emulator.schema.SchemaPart;
import java.util.Map;

/** The cloud account operations of the API. */
public final class CloudAccountFields implements SchemaPart {
    private final CloudAccountStore store;

    public CloudAccountFields(CloudAccountStore store) {
        this.store = store;
    }

    @Override
    public void wire(RootFields root) {
        // an organisation has a handful of accounts: all of them come in one page
        root.query("cloudAccounts", Permission.CloudsecSourceRead, env -> Connection.fromOffset(store.all(), 0, false));
        root.query("cloudAccount", Permission.CloudsecSourceRead, env -> store.find(env.getArgument("id")).orElse(null));
        root.mutation("createCloudAccount", Permission.CloudsecSourceModify, env -> {
            Input in = Input.of(env);
            return Map.of("cloudAccount", store.create(in.string("awsAccountId"), settings(in), Caller.of(env).token()));
        });
        root.mutation("updateCloudAccount", Permission.CloudsecSourceModify, env -> {
            Input in = Input.of(env);
            return Map.of("cloudAccount", store.update(in.string("id"), settings(in)));
        });
        root.mutation("deleteCloudAccount", Permission.CloudsecSourceModify,
                env -> Map.of("id", store.delete(Input.of(env).string("id"))));
    }

    private static CloudAccount.Settings settings(Input in) {
        Input scan = in.nested("awsScanConfig");
        return new CloudAccount.Settings(in.string("label"), scan == null ? null : scan.string("auditRole"),
                in.strings("awsRegionIgnoreList"), in.strings("resourceRegexIgnoreList"), in.strings("resourceTypeIgnoreList"));
    }
}
