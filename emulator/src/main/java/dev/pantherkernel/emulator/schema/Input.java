package dev.pantherkernel.emulator.schema;

import graphql.schema.DataFetchingEnvironment;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Typed reads from an input object argument (graphql-java hands them over as maps). */
public record Input(Map<String, Object> values) {

    /** The {@code input} argument; an absent optional input reads as empty. */
    public static Input of(DataFetchingEnvironment env) {
        return of(env, "input");
    }

    public static Input of(DataFetchingEnvironment env, String argument) {
        Map<String, Object> map = env.getArgument(argument);
        return new Input(map == null ? Map.of() : map);
    }

    public boolean has(String name) {
        return values.get(name) != null;
    }

    public String string(String name) {
        Object value = values.get(name);
        return value == null ? null : value.toString();
    }

    public Integer integer(String name) {
        Object value = values.get(name);
        return value == null ? null : ((Number) value).intValue();
    }

    public Boolean bool(String name) {
        return (Boolean) values.get(name);
    }

    public Instant instant(String name) {
        return (Instant) values.get(name);
    }

    @SuppressWarnings("unchecked")
    public List<String> strings(String name) {
        List<Object> list = (List<Object>) values.get(name);
        return list == null ? null : list.stream().map(Object::toString).toList();
    }

    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        String value = string(name);
        return value == null ? null : Enum.valueOf(type, value);
    }

    /** An enum list; absent means null (no filter), not an empty set. */
    public <E extends Enum<E>> Set<E> enums(String name, Class<E> type) {
        List<String> list = strings(name);
        if (list == null) {
            return null;
        }
        EnumSet<E> set = EnumSet.noneOf(type);
        list.forEach(v -> set.add(Enum.valueOf(type, v)));
        return set;
    }

    /** A list of input objects; absent means null. */
    @SuppressWarnings("unchecked")
    public List<Input> nestedList(String name) {
        List<Map<String, Object>> list = (List<Map<String, Object>>) values.get(name);
        return list == null ? null : list.stream().map(Input::new).toList();
    }

    @SuppressWarnings("unchecked")
    public Input nested(String name) {
        Map<String, Object> map = (Map<String, Object>) values.get(name);
        return map == null ? null : new Input(map);
    }
}
