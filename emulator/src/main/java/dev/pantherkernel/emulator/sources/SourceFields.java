package dev.pantherkernel.emulator.sources;

import dev.pantherkernel.emulator.auth.Caller;
import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.paging.Connection;
import dev.pantherkernel.emulator.schema.Input;
import dev.pantherkernel.emulator.schema.RootFields;
import dev.pantherkernel.emulator.schema.SchemaPart;
import graphql.schema.DataFetcher;
import graphql.schema.idl.TypeRuntimeWiring;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The log source operations of the API. */
public final class SourceFields implements SchemaPart {
    private final SourceStore store;
    private final SourceActivity activity;
    private final SourceHealth health;

    public SourceFields(SourceStore store, SourceActivity activity, SourceHealth health) {
        this.store = store;
        this.activity = activity;
        this.health = health;
    }

    @Override
    public void wire(RootFields root) {
        // Panther does not page sources yet: every one comes in the first page, whatever the cursor says
        root.query("sources", Permission.LogSourceRead, env -> Connection.fromOffset(store.all(), 0, false));
        root.query("source", Permission.LogSourceRead, env -> store.find(env.getArgument("id")).orElse(null));
        root.mutation("createS3Source", Permission.LogSourceModify, env -> {
            Input in = Input.of(env);
            String label = in.string("label");
            S3Settings settings = new S3Settings(in.string("awsAccountId"), in.string("s3Bucket"), prefixes(in),
                    blankToNull(in.string("kmsKey")), in.string("logProcessingRole"), in.enumValue("logStreamType", LogStreamType.class),
                    envelope(in), in.bool("managedBucketNotifications"), S3Settings.stackNameFor(label));
            return Map.of("logSource", store.createS3(label, settings, Caller.of(env).token()));
        });
        root.mutation("updateS3Source", Permission.LogSourceModify, env -> {
            Input in = Input.of(env);
            S3Settings changes = new S3Settings("", "", prefixes(in), blankToNull(in.string("kmsKey")),
                    in.string("logProcessingRole"), in.enumValue("logStreamType", LogStreamType.class), envelope(in),
                    in.bool("managedBucketNotifications"), "");
            return Map.of("logSource", store.updateS3(in.string("id"), in.string("label"), changes));
        });
        root.mutation("deleteSource", Permission.LogSourceModify, env -> Map.of("id", store.delete(Input.of(env).string("id"))));

        root.types().type("LogIntegration", t -> t.typeResolver(env ->
                env.getSchema().getObjectType(((LogSource) env.getObject()).kind().typeName())));
        for (SourceKind kind : SourceKind.values()) {
            root.types().type(kind.typeName(), this::activityFields);
        }
        root.types().type("S3LogIntegration", t -> t
                .dataFetcher("awsAccountId", s3(S3Settings::awsAccountId))
                .dataFetcher("kmsKey", s3(S3Settings::kmsKey))
                .dataFetcher("logProcessingRole", s3(S3Settings::logProcessingRole))
                .dataFetcher("logStreamType", s3(S3Settings::logStreamType))
                .dataFetcher("logStreamTypeOptions", s3(s -> s.jsonArrayEnvelopeField() == null ? null
                        : Map.of("jsonArrayEnvelopeField", s.jsonArrayEnvelopeField())))
                .dataFetcher("managedBucketNotifications", s3(S3Settings::managedBucketNotifications))
                .dataFetcher("s3Bucket", s3(S3Settings::s3Bucket))
                .dataFetcher("s3Prefix", s3(S3Settings::s3Prefix))
                .dataFetcher("s3PrefixLogTypes", s3(S3Settings::s3PrefixLogTypes))
                .dataFetcher("stackName", s3(S3Settings::stackName)));
    }

    private TypeRuntimeWiring.Builder activityFields(TypeRuntimeWiring.Builder type) {
        return type
                .dataFetcher("isHealthy", env -> health.healthy(activity.of(env.<LogSource>getSource().integrationId())))
                .dataFetcher("lastEventReceivedAtTime", env -> activity.of(env.<LogSource>getSource().integrationId())
                        .map(SourceActivity.Activity::lastEventReceived).orElse(null))
                .dataFetcher("lastEventProcessedAtTime", env -> activity.of(env.<LogSource>getSource().integrationId())
                        .map(SourceActivity.Activity::lastEventProcessed).orElse(null));
    }

    private static DataFetcher<Object> s3(Function<S3Settings, Object> read) {
        return env -> read.apply(env.<LogSource>getSource().s3());
    }

    private static List<S3PrefixLogTypes> prefixes(Input in) {
        return in.nestedList("s3PrefixLogTypes").stream()
                .map(p -> new S3PrefixLogTypes(p.string("prefix"), p.strings("logTypes"), p.strings("excludedPrefixes")))
                .toList();
    }

    private static String envelope(Input in) {
        Input options = in.nested("logStreamTypeOptions");
        return options == null ? null : options.string("jsonArrayEnvelopeField");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
