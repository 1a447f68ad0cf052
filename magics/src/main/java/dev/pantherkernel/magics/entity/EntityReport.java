package dev.pantherkernel.magics.entity;

import dev.pantherkernel.magics.core.PublicApi;
import dev.pantherkernel.magics.redact.Redaction;
import dev.pantherkernel.magics.table.Result;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Everything about one entity (an IP address, a user, an email, a key, ...), as {@code %panther entity} shows it and
 * {@code --as NAME} binds it: a summary line, then a table per section (its log types, related entities, suggested
 * links to the same person's identities in other logs, the alerts whose events name it, enrichment from Panther's
 * lookup tables), a timeline of its events by log type, and a footer listing the queries that made it. Each table is
 * a plain Tablesaw {@link Table} a Java cell can use ({@code ip.alerts().where(...)}).
 */
@PublicApi
public final class EntityReport {

    /** A titled table of the report. */
    public record Section(String title, Table table, String whenEmpty) {
    }

    /** A query the report ran: its family of tables, its id (null for GraphQL) and its text. */
    public record Query(String family, String id, String text) {
    }

    private final String summary;
    private final Table logTypes;
    private final Table related;
    private final Table links;
    private final Table alerts;
    private final Table enrichment;
    private final Table events;
    private final Figure timeline;
    private final List<Query> queries;
    private final List<String> details;
    private final List<String> warnings;
    private final boolean showSql;
    private final Duration elapsed;
    private final String redaction;

    EntityReport(Builder b) {
        this.summary = b.summary;
        this.logTypes = b.logTypes;
        this.related = b.related;
        this.links = b.links;
        this.alerts = b.alerts;
        this.enrichment = b.enrichment;
        this.events = b.events;
        this.timeline = b.timeline;
        this.queries = List.copyOf(b.queries);
        this.details = List.copyOf(b.details);
        this.warnings = List.copyOf(b.warnings);
        this.showSql = b.showSql;
        this.elapsed = b.elapsed;
        this.redaction = b.redaction;
    }

    /** First and last seen, events and log types, in one line. */
    public String summary() {
        return summary;
    }

    /** One row per log type: table, events, first and last seen, top actions. */
    public Table logTypes() {
        return logTypes;
    }

    /** The entities seen in its events: kind, value, events, log types, first and last seen, and the pivot. */
    public Table related() {
        return related;
    }

    /** Suggested links to the same person's identities in other logs, each with its reason: suggestions, not facts. */
    public Table links() {
        return links;
    }

    /** The alerts whose events name it (from {@code panther_rule_matches}), with severity and status. */
    public Table alerts() {
        return alerts;
    }

    /** What Panther's lookup tables say of it (country, ASN, Tor exit, threat intelligence); empty when none. */
    public Table enrichment() {
        return enrichment;
    }

    /** Its events (newest first), with what the profile read of each. */
    public Table events() {
        return events;
    }

    /** Its events by log type over time; empty when it has none. */
    public Optional<Figure> timeline() {
        return Optional.ofNullable(timeline);
    }

    /** The queries that made the report, in the order they were sent. */
    public List<Query> queries() {
        return queries;
    }

    public boolean showSql() {
        return showSql;
    }

    public List<String> warnings() {
        return warnings;
    }

    /** The sections in the order they are shown. */
    public List<Section> sections() {
        return List.of(new Section("Log types", logTypes, "no events in the window"),
                new Section("Related entities", related, "no other entity in its events"),
                new Section("Suggested links (the same person's likely identities in other logs; not facts)", links,
                        "no suggested link"),
                new Section("Alerts whose events name it", alerts, "no alert names it"),
                new Section("Enrichment (panther_lookups)", enrichment, null));
    }

    /** The facts under the report: the queries (with their ids), the enrichment note, the time taken. */
    public List<String> footer() {
        List<String> out = new ArrayList<>(details);
        for (Query q : queries) {
            out.add(q.family() + (q.id() == null ? "" : " query " + q.id()));
        }
        if (redaction != null) {
            out.add(redaction);
        }
        if (elapsed != null) {
            out.add(String.format(Locale.ROOT, "%.2f s", elapsed.toMillis() / 1000.0));
        }
        return out;
    }

    /** The events as a result, for the session's last result ({@code _}). */
    public Result eventsResult() {
        Result.Builder b = Result.newResult(events).elapsed(elapsed);
        details.forEach(b::detail);
        warnings.forEach(b::warning);
        queries.stream().filter(q -> q.id() != null).forEach(q -> b.queryId(q.id()));
        return b.build();
    }

    /** As the notebook gets it while the session redacts: pseudonyms in every table, line and query text. */
    public EntityReport redacted(Redaction redaction) {
        if (!redaction.on()) {
            return this;
        }
        UnaryOperator<String> words = redaction::text;
        Builder b = newEntityReport().summary(words.apply(summary)).logTypes(redaction.table(logTypes)).related(redaction.table(related))
                .links(redaction.table(links)).alerts(redaction.table(alerts)).enrichment(redaction.table(enrichment))
                .events(redaction.table(events)).timeline(timeline).showSql(showSql).elapsed(elapsed)
                .redaction("redacted: values shown as pseudonyms");
        queries.forEach(q -> b.query(new Query(q.family(), q.id(), words.apply(q.text()))));
        details.forEach(d -> b.detail(words.apply(d)));
        warnings.forEach(w -> b.warning(words.apply(w)));
        return b.build();
    }

    /** The text a console shows: the summary, each section, the SQL when asked, the footer. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        warnings.forEach(w -> out.append("⚠ ").append(w).append('\n'));
        out.append(summary).append('\n');
        for (Section s : sections()) {
            if (s.table().rowCount() == 0 && s.whenEmpty() == null) {
                continue;
            }
            out.append('\n').append(s.title()).append('\n')
                    .append(s.table().rowCount() == 0 ? s.whenEmpty() : s.table().printAll()).append('\n');
        }
        if (showSql) {
            queries.forEach(q -> out.append('\n').append(q.text()).append('\n'));
        }
        return out.append(String.join(" · ", footer())).toString();
    }

    /** A report with no section filled yet: each empty table says so when shown. */
    static Builder newEntityReport() {
        return new Builder();
    }

    static final class Builder {
        private String summary = "";
        private Table logTypes = Table.create("log_types");
        private Table related = Table.create("related");
        private Table links = Table.create("links");
        private Table alerts = Table.create("alerts");
        private Table enrichment = Table.create("enrichment");
        private Table events = Table.create("events");
        private Figure timeline;
        private final List<Query> queries = new ArrayList<>();
        private final List<String> details = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private boolean showSql;
        private Duration elapsed;
        private String redaction;

        private Builder() {
        }

        Builder summary(String value) {
            summary = value;
            return this;
        }

        Builder logTypes(Table value) {
            logTypes = value;
            return this;
        }

        Builder related(Table value) {
            related = value;
            return this;
        }

        Builder links(Table value) {
            links = value;
            return this;
        }

        Builder alerts(Table value) {
            alerts = value;
            return this;
        }

        Builder enrichment(Table value) {
            enrichment = value;
            return this;
        }

        Builder events(Table value) {
            events = value;
            return this;
        }

        Builder timeline(Figure value) {
            timeline = value;
            return this;
        }

        Builder query(Query value) {
            queries.add(value);
            return this;
        }

        Builder detail(String value) {
            details.add(value);
            return this;
        }

        Builder warning(String value) {
            warnings.add(value);
            return this;
        }

        Builder showSql(boolean value) {
            showSql = value;
            return this;
        }

        Builder elapsed(Duration value) {
            elapsed = value;
            return this;
        }

        Builder redaction(String value) {
            redaction = value;
            return this;
        }

        EntityReport build() {
            return new EntityReport(this);
        }
    }
}
