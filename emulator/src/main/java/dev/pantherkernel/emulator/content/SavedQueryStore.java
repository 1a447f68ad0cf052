package dev.pantherkernel.emulator.content;

import dev.pantherkernel.emulator.core.ApiException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Saved and scheduled queries, by their generated id; names are unique too, since scheduled rules use them. */
public final class SavedQueryStore {
    private final KeyedStore<SavedQuery> queries;
    private final Clock clock;

    SavedQueryStore(Object lock, Clock clock, Collection<SavedQuery> initial) {
        this.queries = new KeyedStore<>(lock, SavedQuery::id, initial);
        this.clock = clock;
    }

    public Optional<SavedQuery> find(String id) {
        return queries.find(id);
    }

    public SavedQuery get(String id) {
        return find(id).orElseThrow(() -> ApiException.notFound("query " + id));
    }

    public Optional<SavedQuery> findByName(String name) {
        return queries.list(q -> q.name().equals(name)).stream().findFirst();
    }

    public List<SavedQuery> all() {
        return queries.all();
    }

    /** Adds a query under a new id; a name already taken is a conflict. */
    public SavedQuery create(SavedQuery query, Object actor) {
        synchronized (queries.lock()) {
            nameFree(query.name(), null);
            SavedQuery stored = new SavedQuery(UUID.randomUUID().toString(), query.name(), query.description(), query.sql(),
                    query.tags(), query.schedule(), false, actor, clock.instant(), clock.instant());
            queries.put(stored);
            return stored;
        }
    }

    /** Replaces the content of the query with this id; its new name must not be another query's. */
    public SavedQuery update(String id, SavedQuery content) {
        synchronized (queries.lock()) {
            SavedQuery existing = get(id);
            nameFree(content.name(), id);
            SavedQuery stored = existing.replacedBy(content, clock.instant());
            queries.put(stored);
            return stored;
        }
    }

    /** Creates or replaces the query with this name (how uploads address queries). */
    public Upsert<SavedQuery> putByName(SavedQuery content, Object actor) {
        synchronized (queries.lock()) {
            Optional<SavedQuery> existing = findByName(content.name());
            if (existing.isPresent()) {
                return new Upsert<>(update(existing.get().id(), content), false);
            }
            return new Upsert<>(create(content, actor), true);
        }
    }

    public Optional<SavedQuery> delete(String id) {
        return queries.remove(id);
    }

    public Optional<SavedQuery> deleteByName(String name) {
        synchronized (queries.lock()) {
            return findByName(name).flatMap(q -> queries.remove(q.id()));
        }
    }

    private void nameFree(String name, String exceptId) {
        findByName(name).filter(q -> !q.id().equals(exceptId)).ifPresent(q -> {
            throw ApiException.conflict("a query named " + name + " already exists");
        });
    }
}
