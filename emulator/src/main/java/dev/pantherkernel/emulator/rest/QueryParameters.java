package dev.pantherkernel.emulator.rest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The query of a REST request, read as Panther reads it: kebab-case names, an array as its key repeated
 * ({@code severity=HIGH&severity=CRITICAL}), an empty value as no value. Every typed read that fails is a 400 whose
 * message names the parameter and what it takes. Parameters an operation does not know are ignored.
 */
public final class QueryParameters {
    private final Map<String, List<String>> values;

    private QueryParameters(Map<String, List<String>> values) {
        this.values = values;
    }

    static QueryParameters parse(String rawQuery) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (!name.isEmpty() && !value.isEmpty()) {
                    values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
                }
            }
        }
        return new QueryParameters(values);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw RestException.badRequest("the query is not URL-encoded correctly: " + text);
        }
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** The value of a single-valued parameter (the last one when the key is repeated); null when absent. */
    public String string(String name) {
        List<String> list = values.get(name);
        return list == null ? null : list.get(list.size() - 1);
    }

    public String required(String name) {
        String value = string(name);
        if (value == null) {
            throw RestException.badRequest("the query parameter " + name + " is required");
        }
        return value;
    }

    /** Every value of an array parameter (its key repeated); null when absent, so "no filter" differs from "none". */
    public List<String> strings(String name) {
        List<String> list = values.get(name);
        return list == null ? null : Collections.unmodifiableList(list);
    }

    /** The union of an array parameter and a comma-separated one, as {@code id} and {@code ids} of users and roles. */
    public List<String> stringsAndCommaList(String repeated, String commaSeparated) {
        List<String> all = new ArrayList<>();
        if (strings(repeated) != null) {
            all.addAll(strings(repeated));
        }
        if (string(commaSeparated) != null) {
            Arrays.stream(string(commaSeparated).split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(all::add);
        }
        return has(repeated) || has(commaSeparated) ? all : null;
    }

    public Long integer(String name) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw RestException.badRequest(name + " must be an integer, got '" + value + "'");
        }
    }

    /** {@code true} or {@code false} (clients send booleans as these words). */
    public Boolean bool(String name) {
        String value = string(name);
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw RestException.badRequest(name + " must be true or false, got '" + value + "'");
        };
    }

    /** A single value out of a fixed set of words ({@code asc}/{@code desc}, a listing type ...). */
    public String oneOf(String name, List<String> allowed, String byDefault) {
        String value = string(name);
        if (value == null) {
            return byDefault;
        }
        if (!allowed.contains(value)) {
            throw RestException.badRequest(name + " must be one of " + String.join(", ", allowed) + ", got '" + value + "'");
        }
        return value;
    }

    /** Every value of an array parameter out of a fixed set of words; null when absent. */
    public List<String> allOneOf(String name, List<String> allowed) {
        List<String> given = strings(name);
        if (given == null) {
            return null;
        }
        for (String value : given) {
            if (!allowed.contains(value)) {
                throw RestException.badRequest(name + " must be one of " + String.join(", ", allowed) + ", got '" + value + "'");
            }
        }
        return given;
    }

    /** Every value of an array parameter as enum constants of the same names; null when absent. */
    public <E extends Enum<E>> Set<E> enums(String name, Class<E> type) {
        List<String> names = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        List<String> given = allOneOf(name, names);
        if (given == null) {
            return null;
        }
        EnumSet<E> set = EnumSet.noneOf(type);
        given.forEach(v -> set.add(Enum.valueOf(type, v)));
        return set;
    }

    /**
     * {@code cursor} and {@code limit} of a listing: the limit defaults to {@code byDefault} and must lie between 1
     * and {@code maximum} (0 for a listing without a maximum).
     */
    public PageRequest page(int byDefault, int maximum) {
        Long limit = integer("limit");
        long size = limit == null ? byDefault : limit;
        if (size < 1 || (maximum > 0 && size > maximum)) {
            throw RestException.badRequest("limit must be between 1 and " + (maximum > 0 ? Integer.toString(maximum) : "any")
                    + ", got " + size);
        }
        return new PageRequest(string("cursor"), (int) Math.min(size, Integer.MAX_VALUE));
    }
}
