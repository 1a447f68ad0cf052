package dev.pantherkernel.emulator.bulk;

import dev.pantherkernel.emulator.auth.Caller;
import dev.pantherkernel.emulator.auth.Permission;
import dev.pantherkernel.emulator.content.Content;
import dev.pantherkernel.emulator.core.ApiException;
import dev.pantherkernel.emulator.schema.Input;
import dev.pantherkernel.emulator.schema.RootFields;
import dev.pantherkernel.emulator.schema.SchemaPart;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Panther's bulk operations on detection content, as panther_analysis_tool uses them: upload a zip in
 * panther-analysis layout (at once, or in the background with a receipt to poll), and delete detections or saved
 * queries in batches. They change the same stores that REST and alerts read.
 */
public final class BulkFields implements SchemaPart {
    /** The most ids or names one delete takes (panther_analysis_tool sends batches of this size). */
    public static final int MAX_DELETE_BATCH = 100;
    private static final String CLASSIC_ZIP = "CLASSIC_ZIP";

    private final Content content;
    private final UploadReceipts receipts;

    public BulkFields(Content content, UploadReceipts receipts) {
        this.content = content;
        this.receipts = receipts;
    }

    @Override
    public void wire(RootFields root) {
        root.mutation("uploadDetectionEntities", Permission.BulkUpload, env -> {
            Input in = Input.of(env);
            byte[] zip = zipOf(in);
            Object actor = Caller.of(env).token();
            try {
                return upload(zip, actor, false);
            } catch (UploadProblem e) {
                throw ApiException.invalidInput(e.getMessage());
            }
        });
        root.mutation("uploadDetectionEntitiesAsync", Permission.BulkUpload, env -> {
            Input in = Input.of(env);
            byte[] zip = zipOf(in);
            Object actor = Caller.of(env).token();
            boolean dryRun = Boolean.TRUE.equals(in.bool("dryRun"));
            return Map.of("receiptId", receipts.submit(CLASSIC_ZIP, () -> upload(zip, actor, dryRun)));
        });
        root.query("detectionEntitiesUploadStatus", Permission.BulkUpload, env -> receipts.get(env.getArgument("receiptId")));
        root.mutation("deleteDetections", Permission.RuleModify, env -> {
            Input in = Input.of(env);
            Content.DeletedDetections deleted = content.deleteDetections(batch(in.strings("ids"), "ids"),
                    Boolean.TRUE.equals(in.bool("dryRun")), Boolean.TRUE.equals(in.bool("includeSavedQueries")));
            Map<String, Object> out = new HashMap<>();
            out.put("ids", deleted.ids());
            out.put("savedQueryNames", Boolean.TRUE.equals(in.bool("includeSavedQueries")) ? deleted.savedQueryNames() : null);
            return out;
        });
        root.mutation("deleteSavedQueriesByName", Permission.DataAnalyticsModify, env -> {
            Input in = Input.of(env);
            Content.DeletedQueries deleted = content.deleteSavedQueries(batch(in.strings("names"), "names"),
                    Boolean.TRUE.equals(in.bool("dryRun")), Boolean.TRUE.equals(in.bool("includeDetections")));
            Map<String, Object> out = new HashMap<>();
            out.put("names", deleted.names());
            out.put("detectionIDs", Boolean.TRUE.equals(in.bool("includeDetections")) ? deleted.detectionIds() : null);
            return out;
        });

        root.types()
                .type("UploadStatistics", t -> t.dataFetcher("new", env -> env.<UploadStatistics>getSource().created()));
    }

    private UploadResult upload(byte[] zip, Object actor, boolean dryRun) {
        return ContentUpload.apply(content, ContentReader.read(ZipFiles.read(zip), actor), actor, dryRun);
    }

    /** The zip of an upload input; what cannot be one is refused before anything is queued. */
    private static byte[] zipOf(Input in) {
        String mode = in.has("mode") ? in.string("mode") : CLASSIC_ZIP;
        if (!CLASSIC_ZIP.equals(mode)) {
            throw ApiException.invalidInput("mode " + mode + " (pypanther content) is not supported by the emulator: "
                    + "upload CLASSIC_ZIP content (YAML and Python files, as panther_analysis_tool zips them)");
        }
        try {
            return Base64.getDecoder().decode(in.string("data").strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidInput("data must be the base64 text of a zip file: " + e.getMessage());
        }
    }

    private static List<String> batch(List<String> values, String name) {
        if (values.size() > MAX_DELETE_BATCH) {
            throw ApiException.invalidInput(name + " holds " + values.size() + " values; send at most " + MAX_DELETE_BATCH
                    + " at a time");
        }
        return values;
    }
}
