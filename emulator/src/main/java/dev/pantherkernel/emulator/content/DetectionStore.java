package dev.pantherkernel.emulator.content;

import dev.pantherkernel.emulator.core.ApiException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Every detection of the four kinds, by id. Ids are one namespace: a rule and a policy cannot share one. Changes stamp
 * who made them and when; an update keeps who created the detection and when.
 */
public final class DetectionStore {
    private final KeyedStore<Detection> detections;
    private final Clock clock;

    DetectionStore(Object lock, Clock clock, Collection<Detection> initial) {
        this.detections = new KeyedStore<>(lock, Detection::id, initial);
        this.clock = clock;
    }

    public Optional<Detection> find(String id) {
        return detections.find(id);
    }

    /** The detection with this id if it is of this kind. */
    public Optional<Detection> find(DetectionKind kind, String id) {
        return detections.find(id).filter(d -> d.kind() == kind);
    }

    public Detection get(DetectionKind kind, String id) {
        return find(kind, id).orElseThrow(() -> ApiException.notFound(kind.noun() + " " + id));
    }

    public List<Detection> all() {
        return detections.all();
    }

    /** Detections of one kind that pass the filter, by id. */
    public List<Detection> list(DetectionKind kind, Predicate<? super Detection> filter) {
        return detections.list(d -> d.kind() == kind && filter.test(d));
    }

    /** Adds a new detection made by {@code actor}; an id already taken (by any kind) is a conflict. */
    public Detection create(Detection detection, Object actor) {
        synchronized (lock()) {
            if (detections.find(detection.id()).isPresent()) {
                throw ApiException.conflict("a detection with id " + detection.id() + " already exists");
            }
            return store(detection, Optional.empty(), actor);
        }
    }

    /**
     * Creates or replaces the detection with this id. Replacing keeps who created it and when; an id that belongs
     * to another kind is a conflict, since one id names one detection.
     */
    public Upsert<Detection> put(Detection detection, Object actor) {
        synchronized (lock()) {
            Optional<Detection> existing = detections.find(detection.id());
            existing.filter(e -> e.kind() != detection.kind()).ifPresent(e -> {
                throw ApiException.conflict(detection.id() + " is a " + e.kind().noun() + ", not a " + detection.kind().noun());
            });
            return new Upsert<>(store(detection, existing, actor), existing.isEmpty());
        }
    }

    /** Switches a detection on or off, as a change made by {@code actor}. */
    public Detection setEnabled(String id, boolean enabled, Object actor) {
        synchronized (lock()) {
            Detection existing = detections.find(id).orElseThrow(() -> ApiException.notFound("detection " + id));
            return store(existing.transform(b -> b.enabled(enabled)), Optional.of(existing), actor);
        }
    }

    public Optional<Detection> delete(String id) {
        return detections.remove(id);
    }

    private Detection store(Detection next, Optional<Detection> existing, Object actor) {
        Detection stored = next.transform(stamped -> {
            stamped.lastModified(clock.instant()).lastModifiedBy(actor);
            if (existing.isPresent()) {
                Detection old = existing.get();
                stamped.createdAt(old.createdAt()).createdBy(old.createdBy()).managed(old.managed());
            } else {
                stamped.createdAt(clock.instant()).createdBy(actor);
            }
        });
        detections.put(stored);
        return stored;
    }

    private Object lock() {
        return detections.lock();
    }
}
