package dev.pantherkernel.kernel.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values {@code --as} asked to bind, waiting until the running snippet ends: JShell runs one snippet at a time, so the
 * kernel binds them between snippets (see {@code JShellEvaluator.bind}).
 */
public final class BoundVariables {

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    void put(String name, Object value, Class<?> type) {
        pending.put(name, new Pending(value, type.getName()));
    }

    /** A value for {@code name}, declared with the type written as {@code typeName} ({@code List<String>}). */
    void put(String name, Object value, String typeName) {
        pending.put(name, new Pending(value, typeName));
    }

    /** The bindings asked for and not yet made, by name and type, to make in JShell now. */
    public List<Map.Entry<String, String>> declarations() {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        pending.forEach((name, p) -> out.add(Map.entry(name, p.type)));
        return out;
    }

    /** The value waiting to be bound to {@code name}, or null. */
    public Object value(String name) {
        Pending p = pending.get(name);
        return p == null ? null : p.value;
    }

    /** Forgets {@code name}'s value, declared or not. */
    public void forget(String name) {
        pending.remove(name);
    }

    private record Pending(Object value, String type) {
    }
}
