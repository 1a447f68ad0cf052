package dev.pantherkernel.emulator.content;

import dev.pantherkernel.emulator.alerts.DetectionOrigins;
import dev.pantherkernel.emulator.alerts.Origins;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Panther's detection content, one store per kind: detections, saved queries, data models, global helpers, and the
 * correlation rules and lookup tables an upload may bring (kept only as uploaded). GraphQL and REST read and change
 * these same stores, and alerts show their detection from here. One lock covers them all.
 */
public final class Content implements DetectionOrigins {
    private final Object lock = new Object();
    private final Clock clock;
    private final DetectionStore detections;
    private final SavedQueryStore queries;
    private final KeyedStore<DataModel> dataModels;
    private final KeyedStore<GlobalHelper> globals;
    private final KeyedStore<OtherEntity> correlationRules;
    private final KeyedStore<OtherEntity> lookupTables;

    /** The content of a kind the emulator keeps as it came (correlation rules, lookup tables): its id and YAML text. */
    public record OtherEntity(String id, String yaml) {}

    /** What {@code deleteDetections} deleted (or would): detections and the saved queries taken along. */
    public record DeletedDetections(List<String> ids, List<String> savedQueryNames) {}

    /** What {@code deleteSavedQueriesByName} deleted (or would): queries and the scheduled rules taken along. */
    public record DeletedQueries(List<String> names, List<String> detectionIds) {}

    public Content(Clock clock, List<Detection> detections, List<SavedQuery> queries, List<DataModel> dataModels,
            List<GlobalHelper> globals) {
        this.clock = clock;
        this.detections = new DetectionStore(lock, clock, detections);
        this.queries = new SavedQueryStore(lock, clock, queries);
        this.dataModels = new KeyedStore<>(lock, DataModel::id, dataModels);
        this.globals = new KeyedStore<>(lock, GlobalHelper::id, globals);
        this.correlationRules = new KeyedStore<>(lock, OtherEntity::id, List.of());
        this.lookupTables = new KeyedStore<>(lock, OtherEntity::id, List.of());
    }

    public DetectionStore detections() {
        return detections;
    }

    public SavedQueryStore queries() {
        return queries;
    }

    public KeyedStore<DataModel> dataModels() {
        return dataModels;
    }

    public KeyedStore<GlobalHelper> globals() {
        return globals;
    }

    public KeyedStore<OtherEntity> correlationRules() {
        return correlationRules;
    }

    public KeyedStore<OtherEntity> lookupTables() {
        return lookupTables;
    }

    public Clock clock() {
        return clock;
    }

    /** Runs {@code change} with every store locked, so that others see all of it or none. */
    public <T> T atomically(Supplier<T> change) {
        synchronized (lock) {
            return change.get();
        }
    }

    @Override
    public Optional<Origins.Detection> find(String detectionId) {
        return detections.find(detectionId).map(d -> new Origins.Detection(d.id(), d.name(), d.description(),
                d.kind().type(), d.createdAt(), d.createdBy(), d.lastModified(), d.lastModifiedBy()));
    }

    /**
     * Deletes the detections with these ids (ids that do not exist are left out of the answer) and, when asked, the
     * saved queries of deleted scheduled rules that no remaining scheduled rule uses. A dry run changes nothing.
     */
    public DeletedDetections deleteDetections(List<String> ids, boolean dryRun, boolean includeSavedQueries) {
        synchronized (lock) {
            Set<String> deleted = new LinkedHashSet<>();
            Set<String> queryNames = new LinkedHashSet<>();
            for (String id : ids) {
                detections.find(id).ifPresent(d -> {
                    deleted.add(d.id());
                    queryNames.addAll(d.scheduledQueries());
                });
            }
            for (Detection remaining : detections.all()) {
                if (!deleted.contains(remaining.id())) {
                    remaining.scheduledQueries().forEach(queryNames::remove);
                }
            }
            List<String> names = includeSavedQueries
                    ? queryNames.stream().filter(n -> queries.findByName(n).isPresent()).toList()
                    : List.of();
            if (!dryRun) {
                deleted.forEach(detections::delete);
                names.forEach(queries::deleteByName);
            }
            return new DeletedDetections(List.copyOf(deleted), names);
        }
    }

    /**
     * Deletes the saved queries with these names (unknown names are left out of the answer) and, when asked, the
     * scheduled rules that use any of them. A dry run changes nothing.
     */
    public DeletedQueries deleteSavedQueries(List<String> names, boolean dryRun, boolean includeDetections) {
        synchronized (lock) {
            Set<String> found = new LinkedHashSet<>();
            for (String name : names) {
                queries.findByName(name).ifPresent(q -> found.add(q.name()));
            }
            List<String> users = new ArrayList<>();
            if (includeDetections) {
                for (Detection d : detections.all()) {
                    if (d.scheduledQueries().stream().anyMatch(found::contains)) {
                        users.add(d.id());
                    }
                }
            }
            if (!dryRun) {
                found.forEach(queries::deleteByName);
                users.forEach(detections::delete);
            }
            return new DeletedQueries(List.copyOf(found), users);
        }
    }
}
