package dev.pantherkernel.magics.table;

import dev.pantherkernel.magics.core.PublicApi;
import tech.tablesaw.api.Table;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * What a {@code %panther} command returns: the table, and what the user should know about how it was made
 * (operation, endpoint, pages, time taken, whether rows are missing because of a limit, an error or an interrupt).
 */
@PublicApi
public final class Result {

    private final Table table;
    private final String operation;
    private final String endpoint;
    private final int pages;
    private final Duration elapsed;
    private final boolean truncated;
    private final boolean partial;
    private final List<String> details;
    private final List<String> warnings;
    private final List<String> queryIds;
    private final TableDisplay display;
    private final String redaction;

    private Result(Builder b) {
        this.table = b.table;
        this.operation = b.operation;
        this.endpoint = b.endpoint;
        this.pages = b.pages;
        this.elapsed = b.elapsed;
        this.truncated = b.truncated;
        this.partial = b.partial;
        this.details = List.copyOf(b.details);
        this.warnings = List.copyOf(b.warnings);
        this.queryIds = List.copyOf(b.queryIds);
        this.display = b.display;
        this.redaction = b.redaction;
    }

    public static Builder newResult(Table table) {
        return new Builder(table);
    }

    public Table table() {
        return table;
    }

    public String operation() {
        return operation;
    }

    public String endpoint() {
        return endpoint;
    }

    public int pages() {
        return pages;
    }

    public Duration elapsed() {
        return elapsed;
    }

    /** A --limit stopped fetching while the server had more rows. */
    public boolean truncated() {
        return truncated;
    }

    /** An error or an interrupt stopped fetching; the rows fetched before are all here. */
    public boolean partial() {
        return partial;
    }

    public List<String> warnings() {
        return warnings;
    }

    /**
     * The ids of the data lake queries the rows came from (several for a query split in time partitions, whose footer
     * does not list them), for {@code %panther attach} or Panther's console; empty for other results.
     */
    public List<String> queryIds() {
        return queryIds;
    }

    /** How this result asks to be shown ({@code --full}), over the session's display; empty: as the session says. */
    public Optional<TableDisplay> display() {
        return Optional.ofNullable(display);
    }

    /**
     * What the session's redaction replaced in this result ({@code redacted: 3 emails, 12 IPs (...)}), or null when
     * it was not redacted.
     */
    public String redaction() {
        return redaction;
    }

    /** The facts a footer shows after the table's shape: operation, pages, time, and the command's own details. */
    public List<String> footer() {
        List<String> out = new ArrayList<>();
        if (operation != null) {
            out.add(operation);
        }
        out.addAll(details);
        if (redaction != null) {
            out.add(redaction);
        }
        if (pages > 0) {
            out.add(pages + (pages == 1 ? " page" : " pages"));
        }
        if (elapsed != null) {
            out.add(String.format(Locale.ROOT, "%.2f s", elapsed.toMillis() / 1000.0));
        }
        if (endpoint != null) {
            out.add(endpoint);
        }
        return out;
    }

    /** The same result with another table (a column selection, say). */
    public Result withTable(Table other) {
        return transform(b -> b.table = other);
    }

    /** The same result with {@code warning} shown before its own warnings. */
    public Result withFirstWarning(String warning) {
        return transform(b -> b.warnings.add(0, warning));
    }

    /**
     * The same result redacted: {@code table} in place of its table, its operation, details and warnings through {@code words},
     * and {@code note} saying what was replaced.
     */
    public Result redacted(Table redactedTable, UnaryOperator<String> words, String note) {
        Builder b = new Builder(redactedTable).operation(operation == null ? null : words.apply(operation)).endpoint(endpoint)
                .pages(pages).elapsed(elapsed).truncated(truncated).partial(partial).redaction(note);
        details.forEach(d -> b.detail(words.apply(d)));
        warnings.forEach(w -> b.warning(words.apply(w)));
        queryIds.forEach(b::queryId);
        return b.build();
    }

    /** A copy of this result with {@code changes} made: its footer facts, warnings and query ids kept unless changed. */
    public Result transform(Consumer<Builder> changes) {
        Builder b = newResult(this);
        changes.accept(b);
        return b.build();
    }

    /** A builder that starts as {@code existing}: its table, footer facts, warnings and query ids. */
    public static Builder newResult(Result existing) {
        Builder b = new Builder(existing.table).operation(existing.operation).endpoint(existing.endpoint).pages(existing.pages)
                .elapsed(existing.elapsed).truncated(existing.truncated).partial(existing.partial).display(existing.display).redaction(existing.redaction);
        existing.details.forEach(b::detail);
        existing.warnings.forEach(b::warning);
        existing.queryIds.forEach(b::queryId);
        return b;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        warnings.forEach(w -> out.append("⚠ ").append(w).append('\n'));
        out.append(table.print(25)).append('\n').append(String.join(" · ", footer()));
        return out.toString();
    }

    public static final class Builder {
        private Table table;
        private String operation;
        private String endpoint;
        private int pages;
        private Duration elapsed;
        private boolean truncated;
        private boolean partial;
        private final List<String> details = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();
        private final List<String> queryIds = new ArrayList<>();
        private TableDisplay display;
        private String redaction;

        private Builder(Table table) {
            this.table = table;
        }

        public Builder operation(String value) {
            operation = value;
            return this;
        }

        public Builder endpoint(String value) {
            endpoint = value;
            return this;
        }

        public Builder pages(int value) {
            pages = value;
            return this;
        }

        public Builder elapsed(Duration value) {
            elapsed = value;
            return this;
        }

        public Builder truncated(boolean value) {
            truncated = value;
            return this;
        }

        public Builder partial(boolean value) {
            partial = value;
            return this;
        }

        public Builder detail(String value) {
            details.add(value);
            return this;
        }

        public Builder warning(String value) {
            warnings.add(value);
            return this;
        }

        public Builder queryId(String value) {
            queryIds.add(value);
            return this;
        }

        public Builder display(TableDisplay value) {
            display = value;
            return this;
        }

        /** What redaction replaced, for the footer (see {@link Result#redaction()}). */
        public Builder redaction(String value) {
            redaction = value;
            return this;
        }

        public Result build() {
            return new Result(this);
        }
    }
}
