package dev.pantherkernel.magics.entity;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.chart.Aggregation;
import dev.pantherkernel.magics.chart.ChartBuilder;
import dev.pantherkernel.magics.chart.ChartKind;
import dev.pantherkernel.magics.chart.ChartRequest;
import dev.pantherkernel.magics.core.TimeText;
import dev.pantherkernel.magics.datalake.indicator.IndicatorKind;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The tables of an entity's profile, made from its events: what the data lake gave back, added up here. */
final class EntityProfile {

    /** Related entities of one kind shown at most. */
    static final int RELATED_PER_KIND = 50;
    /** Actions named in a log type's row. */
    static final int TOP_ACTIONS = 8;

    private final EntityRequest request;
    private final List<EntityEvent> all;
    private final List<EntityEvent> own;

    EntityProfile(EntityRequest request, List<EntityEvent> events) {
        this.request = request;
        this.all = events;
        this.own = events.stream().filter(EntityEvent::ofEntity).toList();
    }

    /** "IP address 203.0.113.9: 43 events from .. to .. in 3 log types (AWS.CloudTrail 7, ...)". */
    String summary() {
        String what = request.noun() + " " + request.value();
        if (own.isEmpty()) {
            return what + ": no events between " + TimeText.format(request.from()) + " and " + TimeText.format(request.to());
        }
        Map<String, Long> byType = own.stream().collect(Collectors.groupingBy(EntityEvent::logType, LinkedHashMap::new,
                Collectors.counting()));
        String types = byType.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%s: %,d %s, first seen %s, last seen %s, in %d log %s (%s)", what, own.size(),
                own.size() == 1 ? "event" : "events", TimeText.format(first(own)), TimeText.format(last(own)), byType.size(),
                byType.size() == 1 ? "type" : "types", types);
    }

    /** One row per log type: table, events, first and last seen, top actions. */
    Table logTypes() {
        Map<String, List<EntityEvent>> byType = own.stream().collect(Collectors.groupingBy(EntityEvent::logType,
                LinkedHashMap::new, Collectors.toList()));
        StringColumn type = StringColumn.create("log_type");
        StringColumn table = StringColumn.create("table");
        IntColumn count = IntColumn.create("events");
        InstantColumn firstSeen = InstantColumn.create("first_seen");
        InstantColumn lastSeen = InstantColumn.create("last_seen");
        StringColumn actions = StringColumn.create("top_actions");
        byType.entrySet().stream().sorted(Comparator.comparing((Map.Entry<String, List<EntityEvent>> e) -> -e.getValue().size()))
                .forEach(e -> {
                    type.append(e.getKey());
                    table.append(e.getValue().get(0).table());
                    count.append(e.getValue().size());
                    firstSeen.append(first(e.getValue()));
                    lastSeen.append(last(e.getValue()));
                    actions.append(topActions(e.getValue()));
                });
        return Table.create("log_types", type, table, count, firstSeen, lastSeen, actions);
    }

    /** "user.session.start:FAILURE ×30, ..." for the most frequent actions of {@code events}. */
    static String topActions(List<EntityEvent> events) {
        Map<String, Long> counts = events.stream().filter(e -> e.action() != null)
                .collect(Collectors.groupingBy(EntityEvent::action, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(TOP_ACTIONS)
                .map(e -> e.getKey() + " ×" + e.getValue()).collect(Collectors.joining(", "));
    }

    /**
     * The entities its events name besides itself: for each indicator family (and the countries and user agents
     * the logs give), the values, how many of its events name each, where and when.
     */
    Table related() {
        Map<List<String>, List<EntityEvent>> seen = new LinkedHashMap<>();
        for (EntityEvent event : own) {
            for (String family : EntitySql.RELATED) {
                for (String value : new TreeSet<>(event.values(family))) {
                    // a user name that is one of the event's emails (Okta's login) shows once, as the email
                    boolean anEmail = family.equals("p_any_usernames") && event.values("p_any_emails").stream().anyMatch(value::equalsIgnoreCase);
                    if (!value.equalsIgnoreCase(request.value()) && !anEmail) {
                        seen.computeIfAbsent(List.of(family, value), k -> new ArrayList<>()).add(event);
                    }
                }
            }
            if (event.country() != null) {
                seen.computeIfAbsent(List.of("country", event.country()), k -> new ArrayList<>()).add(event);
            }
            if (event.userAgent() != null) {
                seen.computeIfAbsent(List.of("user_agent", event.userAgent()), k -> new ArrayList<>()).add(event);
            }
        }
        StringColumn kind = StringColumn.create("kind");
        StringColumn value = StringColumn.create("value");
        IntColumn count = IntColumn.create("events");
        StringColumn types = StringColumn.create("log_types");
        InstantColumn firstSeen = InstantColumn.create("first_seen");
        InstantColumn lastSeen = InstantColumn.create("last_seen");
        StringColumn pivot = StringColumn.create("pivot");
        Map<String, Integer> shown = new LinkedHashMap<>();
        seen.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<List<String>, List<EntityEvent>> e) -> order(e.getKey().get(0)))
                        .thenComparing(e -> -e.getValue().size()).thenComparing(e -> e.getKey().get(1)))
                .forEach(e -> {
                    String family = e.getKey().get(0);
                    if (shown.merge(family, 1, Integer::sum) > RELATED_PER_KIND) {
                        return;
                    }
                    kind.append(family.startsWith("p_any_") ? IndicatorKind.noun(family) : family.replace('_', ' '));
                    value.append(e.getKey().get(1));
                    count.append(e.getValue().size());
                    types.append(e.getValue().stream().map(EntityEvent::logType).distinct().sorted().collect(Collectors.joining(", ")));
                    firstSeen.append(first(e.getValue()));
                    lastSeen.append(last(e.getValue()));
                    pivot.append(family.startsWith("p_any_") ? pivotCommand(family, e.getKey().get(1)) : null);
                });
        return Table.create("related", kind, value, count, types, firstSeen, lastSeen, pivot);
    }

    private static int order(String family) {
        int i = EntitySql.RELATED.indexOf(family);
        return i >= 0 ? i : EntitySql.RELATED.size() + (family.equals("country") ? 0 : 1);
    }

    /** The command that profiles {@code value} in turn: {@code %panther entity ip 10.0.0.1}. */
    static String pivotCommand(String family, String value) {
        String word = IndicatorKind.SHORT.entrySet().stream().filter(e -> e.getValue().equals(family)).map(Map.Entry::getKey)
                .sorted().findFirst().orElse(family);
        String quoted = value.matches("[A-Za-z0-9@._:/+=,-]+") ? value : "\"" + value.replace("\"", "\\\"") + "\"";
        return "%panther entity " + word + " " + quoted;
    }

    /**
     * The suggested links, each with the linked identity's activity in its own log (events, top actions, and the
     * actions from addresses the first identity used too), and the reason; the entity's own links first.
     */
    Table links() {
        List<IdentityLinks.Link> links = IdentityLinks.of(all, request.value());
        StringColumn identity = StringColumn.create("identity");
        StringColumn logType = StringColumn.create("log_type");
        StringColumn linked = StringColumn.create("linked_identity");
        StringColumn linkedType = StringColumn.create("linked_log_type");
        IntColumn count = IntColumn.create("linked_events");
        StringColumn actions = StringColumn.create("linked_actions");
        StringColumn shared = StringColumn.create("from_shared_addresses");
        StringColumn reason = StringColumn.create("reason");
        StringColumn pivot = StringColumn.create("pivot");
        for (IdentityLinks.Link link : links) {
            List<EntityEvent> ofLinked = all.stream().filter(e -> e.logType().equals(link.linked().logType())
                    && IdentityLinks.identities(e).contains(link.linked())).toList();
            identity.append(link.identity().name());
            logType.append(link.identity().logType());
            linked.append(link.linked().name());
            linkedType.append(link.linked().logType());
            count.append(ofLinked.size());
            actions.append(topActions(ofLinked));
            List<EntityEvent> ofIdentity = all.stream().filter(e -> e.logType().equals(link.identity().logType())
                    && IdentityLinks.identities(e).contains(link.identity())).toList();
            shared.append(sharedAddressActions(ofIdentity, ofLinked));
            reason.append("suggested: " + link.reason());
            pivot.append(pivotCommand(link.linked().isEmail() ? "p_any_emails" : "p_any_usernames", link.linked().name()));
        }
        return Table.create("links", identity, logType, linked, linkedType, count, actions, shared, reason, pivot);
    }

    /**
     * What the linked identity did from each address the other identity used too, the address used closest in time
     * first: {@code "203.0.113.9: ConsoleLogin ×1, CreateUser ×1 | 192.0.2.10: ..."}, three addresses at most.
     */
    static String sharedAddressActions(List<EntityEvent> ofIdentity, List<EntityEvent> ofLinked) {
        Map<String, Long> gaps = new LinkedHashMap<>();
        for (EntityEvent mine : ofIdentity) {
            for (EntityEvent theirs : ofLinked) {
                if (mine.time() == null || theirs.time() == null) {
                    continue;
                }
                long gap = Math.abs(Duration.between(mine.time(), theirs.time()).toSeconds());
                for (String address : mine.values("p_any_ip_addresses")) {
                    if (theirs.values("p_any_ip_addresses").contains(address)) {
                        gaps.merge(address, gap, Math::min);
                    }
                }
            }
        }
        return gaps.entrySet().stream().sorted(Map.Entry.comparingByValue()).limit(3)
                .map(e -> e.getKey() + ": " + topActions(ofLinked.stream().filter(x -> x.values("p_any_ip_addresses")
                        .contains(e.getKey())).toList()))
                .collect(Collectors.joining(" | "));
    }

    /**
     * What the events' {@code p_enrichment} says of the entity: for each lookup table, the matched row's facts (the
     * row whose {@code p_match} is the entity), and how many events carry each.
     */
    Map<List<String>, Integer> enrichment() {
        Map<List<String>, Integer> facts = new LinkedHashMap<>();
        for (EntityEvent event : own) {
            JsonNode enrichment = event.enrichment();
            if (enrichment == null || !enrichment.isObject()) {
                continue;
            }
            Set<List<String>> ofEvent = new LinkedHashSet<>();
            for (Iterator<Map.Entry<String, JsonNode>> lookups = enrichment.fields(); lookups.hasNext(); ) {
                Map.Entry<String, JsonNode> lookup = lookups.next();
                lookup.getValue().forEach(selected -> rows(selected).forEach(row -> {
                    if (row.path("p_match").asText("").equalsIgnoreCase(request.value())) {
                        facts(lookup.getKey(), row, ofEvent);
                    }
                }));
            }
            ofEvent.forEach(f -> facts.merge(f, 1, Integer::sum));
        }
        return facts;
    }

    private static List<JsonNode> rows(JsonNode selected) {
        List<JsonNode> out = new ArrayList<>();
        if (selected.isArray()) {
            selected.forEach(out::add);
        } else if (selected.isObject()) {
            out.add(selected);
        }
        return out;
    }

    /** The facts of one matched lookup row: a Tor exit list says so; other rows give their plain fields. */
    private static void facts(String lookup, JsonNode row, Set<List<String>> out) {
        if (lookup.equals("tor_exit_nodes")) {
            out.add(List.of(lookup, "Tor exit node", "yes"));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = row.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.startsWith("p_") || List.of("ip", "cidrblock", "range", "indicator", "id").contains(name) || value.isNull()
                    || value.isObject()) {
                continue;
            }
            String text = value.isArray() ? joined(value) : value.asText();
            if (!text.isBlank() && !(value.isBoolean() && !value.asBoolean())) {
                out.add(List.of(lookup, name, text));
            }
        }
    }

    private static String joined(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(v -> items.add(v.asText()));
        return String.join(", ", items);
    }

    /** Its events by log type over time, in buckets that fit the span; null without events. */
    Figure timeline(Table events) {
        if (own.isEmpty()) {
            return null;
        }
        Duration span = Duration.between(first(own), last(own));
        Duration bucket = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1),
                Duration.ofHours(6), Duration.ofDays(1)).stream().filter(b -> span.dividedBy(b) <= 120).findFirst()
                .orElse(Duration.ofDays(1));
        return ChartBuilder.figure(events, new ChartRequest("p_event_time", null, "p_log_type", ChartKind.BAR, bucket,
                Aggregation.COUNT, "Its events by log type"), "its events"); // no value in the figure: it is not redacted
    }

    /** Its own events as a table: when, where, what, and the indicators shared. */
    Table events() {
        InstantColumn time = InstantColumn.create("p_event_time");
        StringColumn type = StringColumn.create("p_log_type");
        StringColumn table = StringColumn.create("p_table");
        StringColumn action = StringColumn.create("action");
        StringColumn agent = StringColumn.create("user_agent");
        StringColumn country = StringColumn.create("country");
        List<StringColumn> families = EntitySql.RELATED.stream().map(StringColumn::create).toList();
        for (EntityEvent e : own) {
            time.append(e.time());
            type.append(e.logType());
            table.append(e.table());
            action.append(e.action());
            agent.append(e.userAgent());
            country.append(e.country());
            for (int i = 0; i < families.size(); i++) {
                families.get(i).append(String.join(", ", e.values(EntitySql.RELATED.get(i))));
            }
        }
        Table out = Table.create("events", time, type, table, action, agent, country);
        families.forEach(out::addColumns);
        return out;
    }

    private static Instant first(List<EntityEvent> events) {
        return events.stream().map(EntityEvent::time).filter(t -> t != null).min(Comparator.naturalOrder()).orElse(null);
    }

    private static Instant last(List<EntityEvent> events) {
        return events.stream().map(EntityEvent::time).filter(t -> t != null).max(Comparator.naturalOrder()).orElse(null);
    }
}
