package dev.pantherkernel.magics.datalake.sql;

import dev.pantherkernel.magics.core.Internal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Collections;

/**
 * Splits a data lake query into queries over adjacent ranges of its time column, to run side by side and join in
 * order: Spark's partitioned JDBC reads are the model (N queries, each the original with one more condition on the
 * partition column, the first range open below and the last open above, so that no row falls between them). The
 * ranges cut the query's own time window ({@link TimeWindow}; up to now when it has no end) into equal spans.
 *
 * <p>Splitting must not change the answer, so the top level of the query must take rows one at a time: a single
 * {@code SELECT} without {@code DISTINCT}, aggregation, window functions or a limit, ordered (if at all) by the time
 * column first. Then every row of the answer passes exactly one range's condition and the ranges, joined in time
 * order (reversed for {@code ORDER BY p_event_time DESC}), are the answer. Anything else is refused with the reason.
 */
@Internal
public final class TimePartitions {

    /**
     * The queries to run, in the order their rows are joined, each derived from the SQL given (so an error in one
     * points into the user's SQL); or why the query cannot be split. {@code footer} says in a few words how it runs.
     */
    public record Plan(List<DerivedSql> parts, String column, Instant from, Instant to, String refusal, String footer) {

        public static Plan refused(String why) {
            return new Plan(List.of(), null, null, null, why, null);
        }

        /** Run whole, for the reason {@code footer} gives ({@code one query: ...}). */
        public static Plan whole(String footer) {
            return new Plan(List.of(), null, null, null, "it runs whole", footer);
        }

        public boolean isSplit() {
            return refusal == null;
        }

        /** The partitions' SQL, as sent. */
        public List<String> queries() {
            return parts.stream().map(DerivedSql::text).toList();
        }

        public Plan withFooter(String text) {
            return new Plan(parts, column, from, to, refusal, text);
        }
    }

    /**
     * Whether a query can be split, and the window it would be split in (its end: now when it sets none); or why not,
     * at length ({@code refusal}) and in a word or two for a footer ({@code brief}).
     */
    public record Check(TopLevelSelect query, TimeWindow window, Instant to, String refusal, String brief) {

        public static Check refused(String why, String brief) {
            return new Check(null, null, null, why, brief);
        }

        public boolean splittable() {
            return refusal == null;
        }

        public Instant from() {
            return window.from();
        }
    }

    private TimePartitions() {
    }

    /** {@code sql} in {@code partitions} queries (at least 2), or the refusal; {@code now} ends a window without end. */
    public static Plan plan(String sql, int partitions, Instant now) {
        return plan(DerivedSql.original(sql), check(ParsedSql.of(sql), false, now), partitions);
    }

    /**
     * {@code sql} in {@code partitions} queries (at least 2) by its {@code check} (of the same text), each partition
     * derived from the same SQL as {@code sql}; or the check's refusal.
     */
    public static Plan plan(DerivedSql sql, Check check, int partitions) {
        if (!check.splittable()) {
            return Plan.refused(check.refusal());
        }
        TimeWindow w = check.window();
        Instant to = check.to();
        long span = Duration.between(w.from(), to).toMillis();
        int count = (int) Math.min(partitions, span);
        List<Instant> cuts = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            cuts.add(w.from().plusMillis(span * i / count));
        }
        List<DerivedSql> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String lower = i == 0 ? null : w.column() + " >= " + SqlLiterals.of("partition", cuts.get(i - 1));
            String upper = i == count - 1 ? null : w.column() + " < " + SqlLiterals.of("partition", cuts.get(i));
            queries.add(sql.then(withCondition(sql.text(), check.query(),
                    lower == null ? upper : upper == null ? lower : lower + " AND " + upper)));
        }
        Optional<TopLevelSelect.OrderItem> first = check.query().orderBy().stream().findFirst();
        if (first.isPresent() && first.get().descending()) {
            Collections.reverse(queries);
        }
        return new Plan(queries, w.column(), w.from(), to, null, null);
    }

    /**
     * Whether {@code sql} can be split without changing its answer, and its window; {@code now} ends an open one.
     * {@code limitAdded}: {@code --limit} appends a LIMIT to the SQL as sent, which counts as the SQL's own.
     */
    public static Check check(ParsedSql sql, boolean limitAdded, Instant now) {
        TopLevelSelect query = sql.topLevel();
        Optional<Check> refusal = refusal(query, limitAdded);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        Optional<TimeWindow> window = TimeWindow.of(query, sql.text(), now);
        if (window.isEmpty()) {
            return Check.refused("it has no time window on p_event_time to split (a condition such as "
                    + "p_occurs_since('1 day') or p_event_time >= '2024-05-01')", "no time window to split");
        }
        TimeWindow w = window.get();
        Optional<TopLevelSelect.OrderItem> first = query.orderBy().stream().findFirst();
        if (first.isPresent() && !w.isColumn(query.text(first.get().expression()))) {
            String order = query.text(first.get().expression());
            return Check.refused("it is ordered by " + order + ", not by " + w.column()
                    + " first, and the partitions' rows would not come in that order", "ordered by " + order);
        }
        Instant to = w.to() != null ? w.to() : now;
        if (Duration.between(w.from(), to).toMillis() < 2) {
            return Check.refused("its time window (" + w.from() + " to " + to + ") is too short to split",
                    "its time window is too short");
        }
        return new Check(query, w, to, null, null);
    }

    /** Why splitting would change the answer, from the top level alone; empty when it would not. */
    private static Optional<Check> refusal(TopLevelSelect query, boolean limitAdded) {
        if (query.isSetOperation()) {
            return Optional.of(Check.refused("it combines queries (UNION, EXCEPT, MINUS or INTERSECT)", "it combines queries"));
        }
        if (!query.isSelect()) {
            return Optional.of(Check.refused("it is not a SELECT", "not a SELECT"));
        }
        if (query.isDistinct()) {
            return Optional.of(Check.refused("it has DISTINCT, and a value could come from rows in two partitions",
                    "DISTINCT"));
        }
        if (query.hasLimit() || limitAdded) {
            return Optional.of(Check.refused("it has a LIMIT (or TOP, FETCH, OFFSET), which each partition would apply "
                    + "to its own rows", "it has a LIMIT"));
        }
        if (query.hasGroupBy()) {
            return Optional.of(Check.refused("it aggregates (GROUP BY or HAVING), and each partition would aggregate "
                    + "only its own rows", "it aggregates"));
        }
        Optional<String> aggregate = query.aggregateCall();
        if (aggregate.isPresent()) {
            return Optional.of(Check.refused("it aggregates (" + aggregate.get() + "), and each partition would "
                    + "aggregate only its own rows", "it aggregates"));
        }
        Optional<String> window = query.windowCall();
        if (window.isPresent() || query.hasQualify()) {
            return Optional.of(Check.refused("it has window functions (" + window.orElse("QUALIFY")
                    + "), which would see only one partition's rows", "window functions"));
        }
        return Optional.empty();
    }

    /** {@code sql} with {@code condition} ANDed to its top-level WHERE (which the window guarantees). */
    private static DerivedSql withCondition(String sql, TopLevelSelect query, String condition) {
        TopLevelSelect.Span where = query.where().orElseThrow();
        int start = query.tokens().get(where.from()).start();
        int end = query.tokens().get(where.to() - 1).end();
        return DerivedSql.newDerivedSql(sql).copy(0, start).write("(").copy(start, end).write(") AND " + condition)
                .copy(end, sql.length()).build();
    }
}
