package dev.pantherkernel.emulator.bulk;

import dev.pantherkernel.emulator.content.Content;
import dev.pantherkernel.emulator.content.Content.OtherEntity;
import dev.pantherkernel.emulator.content.DataModel;
import dev.pantherkernel.emulator.content.Detection;
import dev.pantherkernel.emulator.content.GlobalHelper;
import dev.pantherkernel.emulator.content.KeyedStore;
import dev.pantherkernel.emulator.content.SavedQuery;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Takes uploaded content into the stores as one change: every entity is compared with the stored one of the same id
 * (new, modified, or the same), the statistics say which, and only new and modified ones are written, stamped with
 * the uploading key. Nothing is written when anything is wrong, nor in a dry run. What the upload leaves out stays.
 */
final class ContentUpload {
    private final Content content;
    private final Object actor;

    private ContentUpload(Content content, Object actor) {
        this.content = content;
        this.actor = actor;
    }

    static UploadResult apply(Content content, UploadedContent upload, Object actor, boolean dryRun) {
        ContentUpload run = new ContentUpload(content, actor);
        return content.atomically(() -> {
            run.check(upload);
            return run.take(upload, dryRun);
        });
    }

    /** What would make the upload wrong as a whole: an id of another kind, a scheduled rule without its query. */
    private void check(UploadedContent upload) {
        Set<String> queryNames = new HashSet<>();
        upload.queries().forEach(q -> queryNames.add(q.name()));
        for (Detection d : upload.detections()) {
            content.detections().find(d.id()).filter(e -> e.kind() != d.kind()).ifPresent(e -> {
                throw new UploadProblem(d.id() + " is stored as a " + e.kind().noun() + " and uploaded as a " + d.kind().noun()
                        + ": delete the " + e.kind().noun() + " first");
            });
            for (String name : d.scheduledQueries()) {
                if (!queryNames.contains(name) && content.queries().findByName(name).isEmpty()) {
                    throw new UploadProblem("scheduled rule " + d.id() + " runs the query " + name
                            + ", which is neither stored nor in the upload");
                }
            }
        }
    }

    private UploadResult take(UploadedContent upload, boolean dryRun) {
        Instant now = content.clock().instant();
        UploadStatistics.Counter rules = new UploadStatistics.Counter();
        UploadStatistics.Counter policies = new UploadStatistics.Counter();
        for (Detection d : upload.detections()) {
            UploadStatistics.Counter counter = d.kind().isRule() ? rules : policies;
            Optional<Detection> stored = content.detections().find(d.id());
            if (count(counter, d.id(), stored.isEmpty(), d.sameContentAs(stored.orElse(null))) && !dryRun) {
                content.detections().put(d, actor);
            }
        }
        UploadStatistics.Counter queries = new UploadStatistics.Counter();
        for (SavedQuery q : upload.queries()) {
            Optional<SavedQuery> stored = content.queries().findByName(q.name());
            if (count(queries, q.name(), stored.isEmpty(), q.sameContentAs(stored.orElse(null))) && !dryRun) {
                content.queries().putByName(q, actor);
            }
        }
        UploadStatistics.Counter models = new UploadStatistics.Counter();
        for (DataModel m : upload.dataModels()) {
            Optional<DataModel> stored = content.dataModels().find(m.id());
            if (count(models, m.id(), stored.isEmpty(), m.sameContentAs(stored.orElse(null))) && !dryRun) {
                content.dataModels().upsert(new DataModel(m.id(), m.displayName(), m.description(), m.enabled(), m.logTypes(),
                        m.mappings(), m.body(), false, now, now), (old, next) -> old.replacedBy(next, now));
            }
        }
        UploadStatistics.Counter globals = new UploadStatistics.Counter();
        for (GlobalHelper g : upload.globals()) {
            Optional<GlobalHelper> stored = content.globals().find(g.id());
            if (count(globals, g.id(), stored.isEmpty(), g.sameContentAs(stored.orElse(null))) && !dryRun) {
                content.globals().upsert(new GlobalHelper(g.id(), g.description(), g.tags(), g.body(), false, actor, now, actor,
                        now), (old, next) -> old.replacedBy(next, actor, now));
            }
        }
        return new UploadResult(rules.statistics(), policies.statistics(), queries.statistics(), models.statistics(),
                globals.statistics(), others(content.lookupTables(), upload.lookupTables(), dryRun),
                others(content.correlationRules(), upload.correlationRules(), dryRun));
    }

    private static UploadStatistics others(KeyedStore<OtherEntity> store, List<OtherEntity> uploaded, boolean dryRun) {
        UploadStatistics.Counter counter = new UploadStatistics.Counter();
        for (OtherEntity e : uploaded) {
            Optional<OtherEntity> stored = store.find(e.id());
            if (count(counter, e.id(), stored.isEmpty(), stored.map(s -> s.yaml().equals(e.yaml())).orElse(false)) && !dryRun) {
                store.put(e);
            }
        }
        return counter.statistics();
    }

    /** Counts one entity; true when it must be written (new or changed). */
    private static boolean count(UploadStatistics.Counter counter, String id, boolean isNew, boolean same) {
        if (isNew) {
            counter.created(id);
        } else if (same) {
            counter.unchanged(id);
        } else {
            counter.modified(id);
        }
        return isNew || !same;
    }
}
