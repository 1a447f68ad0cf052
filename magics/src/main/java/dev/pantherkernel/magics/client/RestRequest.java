package dev.pantherkernel.magics.client;

import dev.pantherkernel.magics.core.Internal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One call to Panther's REST API, which answers at the API host's root beside {@code /public/graphql}:
 * <pre>{@code
 * RestRequest.get("/rules").query("state", "disabled")
 * RestRequest.put("/rules/{id}", "AWS.Root.Login").body(rule)
 * }</pre>
 * The path is a template whose {@code {name}} parts take the given values, encoded; the template names the call in
 * errors ({@code GET /rules/{id}}), so no value of the user's shows in a permission hint. Query parameters repeat
 * their key for several values, as Panther reads lists. Only {@code GET} is read-only and may be retried.
 */
@Internal
public record RestRequest(Method method, String template, List<String> pathValues, Map<String, List<String>> query,
                          Object body) implements ApiRequest {

    /** The HTTP methods Panther's REST API uses. */
    public enum Method { GET, POST, PUT, PATCH, DELETE }

    private static final Pattern PATH_PART = Pattern.compile("\\{[^/{}]+}");

    public RestRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(template, "template");
        if (!template.startsWith("/")) {
            throw new IllegalArgumentException("a REST path starts with /: " + template);
        }
        pathValues = List.copyOf(pathValues);
        long parts = PATH_PART.matcher(template).results().count();
        if (parts != pathValues.size()) {
            throw new IllegalArgumentException(template + " takes " + parts + " path values, not " + pathValues.size());
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        query.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        query = Collections.unmodifiableMap(copy);
    }

    public static RestRequest get(String template, String... pathValues) {
        return of(Method.GET, template, pathValues);
    }

    public static RestRequest post(String template, String... pathValues) {
        return of(Method.POST, template, pathValues);
    }

    public static RestRequest put(String template, String... pathValues) {
        return of(Method.PUT, template, pathValues);
    }

    public static RestRequest patch(String template, String... pathValues) {
        return of(Method.PATCH, template, pathValues);
    }

    public static RestRequest delete(String template, String... pathValues) {
        return of(Method.DELETE, template, pathValues);
    }

    private static RestRequest of(Method method, String template, String... pathValues) {
        return new RestRequest(method, template, List.of(pathValues), Map.of(), null);
    }

    /** The same call with {@code name} set to these values (replacing any it had); no values removes it. */
    public RestRequest query(String name, String... values) {
        return query(name, List.of(values));
    }

    public RestRequest query(String name, List<String> values) {
        Map<String, List<String>> next = new LinkedHashMap<>(query);
        if (values.isEmpty()) {
            next.remove(name);
        } else {
            next.put(name, values);
        }
        return new RestRequest(method, template, pathValues, next, body);
    }

    /** The same call with this JSON body (a Jackson tree, a map, a record ...). */
    public RestRequest body(Object value) {
        return new RestRequest(method, template, pathValues, query, value);
    }

    @Override
    public String operation() {
        return method + " " + template;
    }

    @Override
    public boolean mutation() {
        return method != Method.GET;
    }

    /** The path and query as sent: {@code /rules/AWS.Root%20Login?state=enabled}. */
    public String pathAndQuery() {
        Matcher m = PATH_PART.matcher(template);
        StringBuilder path = new StringBuilder();
        int i = 0;
        while (m.find()) {
            m.appendReplacement(path, Matcher.quoteReplacement(encode(pathValues.get(i++)).replace("+", "%20")));
        }
        m.appendTail(path);
        List<String> pairs = new ArrayList<>();
        query.forEach((name, values) -> values.forEach(v -> pairs.add(encode(name) + "=" + encode(v))));
        return pairs.isEmpty() ? path.toString() : path + "?" + String.join("&", pairs);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
