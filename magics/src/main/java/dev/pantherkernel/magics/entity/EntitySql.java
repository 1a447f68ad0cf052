package dev.pantherkernel.magics.entity;

import dev.pantherkernel.magics.datalake.catalog.CatalogTable;
import dev.pantherkernel.magics.datalake.sql.SqlLiterals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The SQL of an entity's profile: one query per table family (the log tables, their rule matches, the lookup tables),
 * each a {@code UNION ALL} over the family's tables that hold the entity's indicator column. The entity's value and
 * the times are SQL literals written by {@link SqlLiterals} (quotes doubled, backslashes spelled out), never pasted.
 */
final class EntitySql {

    /** The indicator families whose values an event shares with the entity, shown as related entities. */
    static final List<String> RELATED = List.of("p_any_ip_addresses", "p_any_usernames", "p_any_emails", "p_any_aws_arns",
            "p_any_trace_ids");

    /** Events the log tables give back at most; the newest are kept. */
    static final int EVENT_CAP = 10_000;

    static final String ENRICHMENT = "p_enrichment";
    static final String MATCHED_AS = "matched_as";
    static final String AS_ENTITY = "entity";
    static final String AS_LINK = "name link";

    private final EntityRequest request;

    EntitySql(EntityRequest request) {
        this.request = request;
    }

    /**
     * The events that name the entity in {@code tables}, newest first, with what the profile reads of each; with an
     * email, also the events of the user name that is its local part (and with a user name, those of emails whose local
     * part it is), marked {@value #AS_LINK} in {@value #MATCHED_AS}: candidates for a suggested link, not the entity's.
     * Empty when no table has the entity's columns (or a link candidate's).
     */
    Optional<String> events(List<CatalogTable> tables) {
        List<CatalogTable> holding = tables.stream().filter(CatalogTable::isLogTable)
                .filter(t -> named(t) != null || linkCondition(t) != null).toList();
        if (holding.isEmpty()) {
            return Optional.empty();
        }
        boolean enriched = holding.stream().anyMatch(t -> t.column(ENRICHMENT).isPresent());
        List<String> selects = new ArrayList<>();
        for (CatalogTable table : holding) {
            LogTypeFields fields = LogTypeFields.of(table);
            String named = named(table);
            String link = linkCondition(table);
            String matchedAs = link == null ? literal(AS_ENTITY) : named == null ? literal(AS_LINK)
                    : "CASE WHEN " + named + " THEN " + literal(AS_ENTITY) + " ELSE " + literal(AS_LINK) + " END";
            StringBuilder select = new StringBuilder("SELECT ").append(literal(table.name())).append(" AS p_table, p_log_type, p_event_time, ")
                    .append(matchedAs).append(" AS ").append(MATCHED_AS).append(",\n       ")
                    .append(orNull(fields.action())).append(" AS action, ")
                    .append(orNull(fields.userAgent())).append(" AS user_agent, ")
                    .append(orNull(fields.country())).append(" AS country");
            for (String family : RELATED) {
                select.append(", ").append(table.column(family).isPresent() ? family : "NULL AS " + family);
            }
            if (enriched) {
                select.append(", ").append(table.column(ENRICHMENT).isPresent() ? ENRICHMENT : "NULL AS " + ENRICHMENT);
            }
            select.append("\nFROM ").append(table.qualifiedName()).append("\nWHERE ").append(window())
                    .append(" AND (").append(named == null ? link : link == null ? named : named + " OR " + link).append(')');
            selects.add(select.toString());
        }
        return Optional.of("SELECT * FROM (\n" + String.join("\nUNION ALL\n", selects) + "\n) ORDER BY p_event_time DESC LIMIT "
                + (EVENT_CAP + 1));
    }

    /** The alerts whose events name the entity, from the rule-match tables: one row per alert. */
    Optional<String> matches(List<CatalogTable> tables) {
        List<CatalogTable> holding = tables.stream().filter(t -> t.isLogTable() && named(t) != null && t.column("p_alert_id").isPresent())
                .toList();
        if (holding.isEmpty()) {
            return Optional.empty();
        }
        List<String> selects = new ArrayList<>();
        for (CatalogTable table : holding) {
            selects.add("SELECT p_alert_id, " + (table.column("p_rule_id").isPresent() ? "p_rule_id" : "NULL AS p_rule_id")
                    + ", " + (table.column("p_rule_severity").isPresent() ? "p_rule_severity" : "NULL AS p_rule_severity")
                    + ", p_event_time\nFROM " + table.qualifiedName() + "\nWHERE " + window() + " AND " + named(table));
        }
        return Optional.of("SELECT p_alert_id, p_rule_id, p_rule_severity, COUNT(*) AS events, MIN(p_event_time) AS first_event, "
                + "MAX(p_event_time) AS last_event\nFROM (\n" + String.join("\nUNION ALL\n", selects) + "\n)\n"
                + "GROUP BY p_alert_id, p_rule_id, p_rule_severity ORDER BY last_event DESC");
    }

    /**
     * The lookup tables that list the value itself (Panther's Tor exit nodes, the OTX pulses' indicators), for an IP
     * address or a domain; empty for other kinds, or when the data lake has no such table. IPinfo's tables are keyed by
     * address ranges: their facts come from the events' {@code p_enrichment}.
     */
    Optional<String> lookups(List<CatalogTable> tables) {
        if (!request.family().equals("p_any_ip_addresses") && !request.family().equals("p_any_domain_names")) {
            return Optional.empty();
        }
        List<String> selects = new ArrayList<>();
        String value = literal(request.value());
        for (CatalogTable table : tables) {
            if (table.name().equals("tor_exit_nodes") && table.column("ip").isPresent()
                    && request.family().equals("p_any_ip_addresses")) {
                selects.add("SELECT 'tor_exit_nodes' AS lookup, 'Tor exit node' AS field, 'yes' AS value\nFROM "
                        + table.qualifiedName() + " WHERE ip = " + value);
            }
            if (table.name().equals("otx_pulses") && table.column("indicator").isPresent() && table.column("name").isPresent()) {
                // the pulse's name, as the events' p_enrichment names it too (the same fact shows once)
                selects.add("SELECT 'otx_pulses' AS lookup, 'name' AS field, name AS value\nFROM "
                        + table.qualifiedName() + " WHERE indicator = " + value);
            }
        }
        return selects.isEmpty() ? Optional.empty() : Optional.of(String.join("\nUNION ALL\n", selects));
    }

    private String window() {
        return "p_event_time >= " + SqlLiterals.of("from", request.from()) + " AND p_event_time < " + SqlLiterals.of("to", request.to());
    }

    /** The condition that the event names the entity, over the families {@code table} has; null when it has none. */
    private String named(CatalogTable table) {
        List<String> conditions = request.families().stream().filter(f -> table.column(f).isPresent())
                .map(f -> "ARRAY_CONTAINS(" + literal(request.value()) + "::VARIANT, " + f + ")").toList();
        return conditions.isEmpty() ? null : conditions.size() == 1 ? conditions.get(0) : "(" + String.join(" OR ", conditions) + ")";
    }

    /** The condition that finds the same person under another name in {@code table}, or null. */
    private String linkCondition(CatalogTable table) {
        String value = request.value();
        if (request.family().equals("p_any_emails") && value.indexOf('@') > 0 && table.column("p_any_usernames").isPresent()) {
            return "ARRAY_CONTAINS(" + literal(value.substring(0, value.indexOf('@'))) + "::VARIANT, p_any_usernames)";
        }
        if (request.family().equals("p_any_usernames") && value.indexOf('@') < 0 && table.column("p_any_emails").isPresent()) {
            return "CONTAINS(LOWER(',' || ARRAY_TO_STRING(p_any_emails, ',')), " + literal("," + value.toLowerCase(Locale.ROOT) + "@") + ")";
        }
        return null;
    }

    private static String orNull(String sql) {
        return sql == null ? "NULL" : sql;
    }

    private static String literal(String text) {
        return SqlLiterals.of("value", text);
    }
}
