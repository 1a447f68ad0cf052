package dev.pantherkernel.magics.datalake;

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
final class TimePartitions {

    /** The queries to run, in the order their rows are joined, or why the query cannot be split. */
    record Plan(List<String> queries, String column, Instant from, Instant to, String refusal) {

        static Plan refused(String why) {
            return new Plan(List.of(), null, null, null, why);
        }

        boolean isSplit() {
            return refusal == null;
        }
    }

    private TimePartitions() {
    }

    /** {@code sql} in {@code partitions} queries (at least 2), or the refusal; {@code now} ends a window without end. */
    static Plan plan(String sql, int partitions, Instant now) {
        TopLevelSelect query = TopLevelSelect.of(sql);
        Optional<String> refusal = refusal(query);
        if (refusal.isPresent()) {
            return Plan.refused(refusal.get());
        }
        Optional<TimeWindow> window = TimeWindow.of(query, sql, now);
        if (window.isEmpty()) {
            return Plan.refused("it has no time window on p_event_time to split (a condition such as "
                    + "p_occurs_since('1 day') or p_event_time >= '2024-05-01')");
        }
        TimeWindow w = window.get();
        Optional<TopLevelSelect.OrderItem> first = query.orderBy().stream().findFirst();
        if (first.isPresent() && !w.isColumn(query.text(first.get().expression()))) {
            return Plan.refused("it is ordered by " + query.text(first.get().expression()) + ", not by " + w.column()
                    + " first, and the partitions' rows would not come in that order");
        }
        Instant to = w.to() != null ? w.to() : now;
        long span = Duration.between(w.from(), to).toMillis();
        if (span < 2) {
            return Plan.refused("its time window (" + w.from() + " to " + to + ") is too short to split");
        }
        int count = (int) Math.min(partitions, span);
        List<Instant> cuts = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            cuts.add(w.from().plusMillis(span * i / count));
        }
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String lower = i == 0 ? null : w.column() + " >= " + SqlLiterals.of("partition", cuts.get(i - 1));
            String upper = i == count - 1 ? null : w.column() + " < " + SqlLiterals.of("partition", cuts.get(i));
            queries.add(withCondition(sql, query, lower == null ? upper : upper == null ? lower : lower + " AND " + upper));
        }
        if (first.isPresent() && first.get().descending()) {
            Collections.reverse(queries);
        }
        return new Plan(queries, w.column(), w.from(), to, null);
    }

    /** Why splitting would change the answer, from the top level alone; empty when it would not. */
    private static Optional<String> refusal(TopLevelSelect query) {
        if (query.isSetOperation()) {
            return Optional.of("it combines queries (UNION, EXCEPT, MINUS or INTERSECT)");
        }
        if (!query.isSelect()) {
            return Optional.of("it is not a SELECT");
        }
        if (query.isDistinct()) {
            return Optional.of("it has DISTINCT, and a value could come from rows in two partitions");
        }
        if (query.hasLimit()) {
            return Optional.of("it has a LIMIT (or TOP, FETCH, OFFSET), which each partition would apply to its own rows");
        }
        if (query.hasGroupBy()) {
            return Optional.of("it aggregates (GROUP BY or HAVING), and each partition would aggregate only its own rows");
        }
        Optional<String> aggregate = query.aggregateCall();
        if (aggregate.isPresent()) {
            return Optional.of("it aggregates (" + aggregate.get() + "), and each partition would aggregate only its own rows");
        }
        Optional<String> window = query.windowCall();
        if (window.isPresent() || query.hasQualify()) {
            return Optional.of("it has window functions (" + window.orElse("QUALIFY")
                    + "), which would see only one partition's rows");
        }
        return Optional.empty();
    }

    /** {@code sql} with {@code condition} ANDed to its top-level WHERE (which the window guarantees). */
    private static String withCondition(String sql, TopLevelSelect query, String condition) {
        TopLevelSelect.Span where = query.where().orElseThrow();
        int start = query.tokens().get(where.from()).start();
        int end = query.tokens().get(where.to() - 1).end();
        return sql.substring(0, start) + "(" + sql.substring(start, end) + ") AND " + condition + sql.substring(end);
    }
}
