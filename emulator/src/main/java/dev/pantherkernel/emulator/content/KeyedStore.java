package dev.pantherkernel.emulator.content;

import dev.pantherkernel.emulator.core.ApiException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Values kept by a text key and listed in key order (the order REST pages them in). Every method holds the lock
 * shared by all stores of one {@link Content}, so a change that spans stores (an upload, a delete that takes saved
 * queries along) is seen whole or not at all.
 */
public final class KeyedStore<T> {
    private final Object lock;
    private final Function<T, String> key;
    private final Map<String, T> items = new TreeMap<>();

    KeyedStore(Object lock, Function<T, String> key, Collection<T> initial) {
        this.lock = lock;
        this.key = key;
        initial.forEach(v -> items.put(key.apply(v), v));
    }

    public Optional<T> find(String id) {
        synchronized (lock) {
            return Optional.ofNullable(id == null ? null : items.get(id));
        }
    }

    public List<T> all() {
        synchronized (lock) {
            return List.copyOf(items.values());
        }
    }

    public List<T> list(Predicate<? super T> filter) {
        synchronized (lock) {
            List<T> out = new ArrayList<>();
            for (T v : items.values()) {
                if (filter.test(v)) {
                    out.add(v);
                }
            }
            return out;
        }
    }

    /** Adds a value whose key is not taken yet; a taken key is a conflict that names {@code what} it is. */
    public T create(T value, String what) {
        synchronized (lock) {
            String id = key.apply(value);
            if (items.containsKey(id)) {
                throw ApiException.conflict("a " + what + " with id " + id + " already exists");
            }
            items.put(id, value);
            return value;
        }
    }

    /** Stores the value, or what {@code merge} makes of the one already there and it. */
    public Upsert<T> upsert(T value, BinaryOperator<T> merge) {
        synchronized (lock) {
            T old = items.get(key.apply(value));
            T stored = old == null ? value : merge.apply(old, value);
            items.put(key.apply(stored), stored);
            return new Upsert<>(stored, old == null);
        }
    }

    /** Stores the value under its key, replacing any; returns what was there. */
    public Optional<T> put(T value) {
        synchronized (lock) {
            return Optional.ofNullable(items.put(key.apply(value), value));
        }
    }

    public Optional<T> remove(String id) {
        synchronized (lock) {
            return Optional.ofNullable(items.remove(id));
        }
    }

    /** The lock every store of the same {@link Content} holds; hold it to make several calls one change. */
    Object lock() {
        return lock;
    }

    public int size() {
        synchronized (lock) {
            return items.size();
        }
    }
}
