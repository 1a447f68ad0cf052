package dev.pantherkernel.kernel.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values {@code --as} asked to bind, waiting for JShell to declare them between snippets. The declaring snippet runs
 * as JShell code in this JVM with only a static way back to the kernel: {@link #take} reads the one holder the kernel
 * installed at start-up, beside its single session.
 */
public final class BoundVariables {

    private static volatile BoundVariables installed;

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    /** Makes {@code holder} the one {@link #take} reads; the kernel calls it once, at start-up. */
    public static void install(BoundVariables holder) {
        installed = holder;
    }

    void put(String name, Object value, Class<?> type) {
        pending.put(name, new Pending(value, type.getName()));
    }

    /** A value for {@code name}, declared with the type written as {@code typeName} ({@code List<String>}). */
    void put(String name, Object value, String typeName) {
        pending.put(name, new Pending(value, typeName));
    }

    /** The bindings asked for and not yet taken, to declare in JShell now. */
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

    /** Called by the declaration snippet itself to fetch the value (see {@link #initializer}). */
    public static Object take(String name) {
        BoundVariables holder = installed;
        Pending p = holder == null ? null : holder.pending.remove(name);
        return p == null ? null : p.value;
    }

    /** The Java expression that declares a bound variable's value, as {@code typeName}. */
    public static String initializer(String name, String typeName) {
        return "(" + typeName + ") " + BoundVariables.class.getName() + ".take(\"" + name + "\")";
    }

    private record Pending(Object value, String type) {
    }
}
