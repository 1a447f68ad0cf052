package dev.pantherkernel.magics.datalake.sql;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The time window a query's {@code WHERE} puts on its time column: the conditions ANDed at its top level that bound
 * {@code p_event_time} (bare or qualified) by a literal time, or Panther's {@code p_occurs_*} macros. Other
 * conditions (on other columns, OR-ed, relative to the current time in SQL) bound nothing here. A window may lack an
 * end ({@code p_occurs_since}: up to now) but splitting it needs a start.
 *
 * @param column the time column as the query names it ({@code p_event_time}, {@code o.p_event_time})
 * @param to     the end, or null when the query sets none
 */
record TimeWindow(String column, Instant from, Instant to) {

    private static final String TIME_COLUMN = "p_event_time";
    private static final Set<String> TIMESTAMP_TYPES = Set.of("TIMESTAMP", "TIMESTAMP_NTZ", "TIMESTAMP_LTZ",
            "TIMESTAMP_TZ", "DATETIME", "DATE");
    private static final Set<String> TIMESTAMP_FUNCTIONS = Set.of("TO_TIMESTAMP", "TO_TIMESTAMP_NTZ", "TO_TIMESTAMP_LTZ",
            "TO_TIMESTAMP_TZ", "TO_DATE", "DATE");

    /** The window of {@code query}'s {@code WHERE} (the macros' "now" is {@code now}); empty when it sets no start. */
    static Optional<TimeWindow> of(TopLevelSelect query, String sql, Instant now) {
        if (query.where().isEmpty()) {
            return Optional.empty();
        }
        List<Bound> bounds = new ArrayList<>();
        for (TopLevelSelect.Span conjunct : conjuncts(query, query.where().get())) {
            bounds.addAll(new Conjunct(query, sql, conjunct, now).bounds());
        }
        // p_event_time first; a macro may name another time column (p_occurs_since('1 day', , p_parse_time))
        String column = bounds.stream().filter(b -> b.lower).map(Bound::column)
                .filter(c -> lastName(c).equalsIgnoreCase(TIME_COLUMN)).findFirst()
                .or(() -> bounds.stream().filter(b -> b.lower).map(Bound::column).findFirst()).orElse(null);
        if (column == null) {
            return Optional.empty();
        }
        Instant from = null;
        Instant to = null;
        for (Bound b : bounds) {
            if (!sameColumn(b.column, column)) {
                continue;
            }
            if (b.lower) {
                from = from == null || b.at.isAfter(from) ? b.at : from;
            } else {
                to = to == null || b.at.isBefore(to) ? b.at : to;
            }
        }
        return Optional.of(new TimeWindow(column, from, to));
    }

    /**
     * Whether {@code reference} ({@code p_event_time}, {@code t.p_event_time}) names this window's column: the same
     * name, qualified the same way or unqualified on either side (the query then has one such column).
     */
    boolean isColumn(String reference) {
        return sameColumn(reference, column) || lastName(reference).equalsIgnoreCase(lastName(column))
                && (!reference.contains(".") || !column.contains("."));
    }

    private static boolean sameColumn(String a, String b) {
        return a.replace("\"", "").equalsIgnoreCase(b.replace("\"", ""));
    }

    private static String lastName(String reference) {
        String name = reference.substring(reference.lastIndexOf('.') + 1);
        return name.replace("\"", "");
    }

    /** A start ({@code lower}) or end the window has at {@code at}, on {@code column}. */
    private record Bound(String column, boolean lower, Instant at) {
    }

    /** The conditions ANDed at the top of a condition, parentheses around all of it taken off. */
    static List<TopLevelSelect.Span> conjuncts(TopLevelSelect query, TopLevelSelect.Span span) {
        List<TopLevelSelect.Span> out = new ArrayList<>();
        int from = span.from();
        int to = span.to();
        if (to - from >= 2 && query.tokens().get(from).isSymbol('(') && query.partner(from) == to - 1) {
            return conjuncts(query, new TopLevelSelect.Span(from + 1, to - 1));
        }
        int start = from;
        int betweens = 0;
        for (int i = from; i < to; i++) {
            SqlToken t = query.tokens().get(i);
            if ((t.isSymbol('(') || t.isSymbol('[')) && query.partner(i) > i) {
                i = query.partner(i);
            } else if (query.isKeyword(i, "BETWEEN")) {
                betweens++;
            } else if (query.isKeyword(i, "AND")) {
                if (betweens > 0) {
                    betweens--;
                } else {
                    out.addAll(conjuncts(query, new TopLevelSelect.Span(start, i)));
                    start = i + 1;
                }
            }
        }
        if (start == from) {
            out.add(new TopLevelSelect.Span(from, to));
        } else if (start < to) {
            out.addAll(conjuncts(query, new TopLevelSelect.Span(start, to)));
        }
        return out;
    }

    /** One condition, read for the bounds it puts on a time column. */
    private static final class Conjunct {
        private final TopLevelSelect query;
        private final String sql;
        private final List<SqlToken> t;
        private final Instant now;

        Conjunct(TopLevelSelect query, String sql, TopLevelSelect.Span span, Instant now) {
            this.query = query;
            this.sql = sql;
            this.t = query.tokens().subList(span.from(), span.to());
            this.now = now;
        }

        List<Bound> bounds() {
            try {
                return macro().or(this::between).or(this::comparison).orElse(List.of());
            } catch (DateTimeException | IllegalArgumentException | ArithmeticException unreadable) {
                return List.of();
            }
        }

        /** {@code p_occurs_since(offset [, alias [, column]])} and its kin, as Panther expands them. */
        private Optional<List<Bound>> macro() {
            if (t.size() < 3 || t.get(0).kind() != SqlToken.Kind.WORD || !t.get(1).isSymbol('(')
                    || !t.get(t.size() - 1).isSymbol(')') || !t.get(0).text().toLowerCase(Locale.ROOT).startsWith("p_occurs_")) {
                return Optional.empty();
            }
            List<List<SqlToken>> args = arguments(t.subList(2, t.size() - 1));
            String name = t.get(0).text().toLowerCase(Locale.ROOT);
            int times = switch (name) {
                case "p_occurs_since", "p_occurs_after", "p_occurs_before" -> 1;
                case "p_occurs_between", "p_occurs_around" -> 2;
                default -> -1;
            };
            if (times < 0 || args.size() < times) {
                return Optional.empty();
            }
            String column = macroColumn(args.size() > times ? args.get(times) : List.of(),
                    args.size() > times + 1 ? args.get(times + 1) : List.of());
            List<Bound> out = new ArrayList<>();
            switch (name) {
                case "p_occurs_since" -> out.add(new Bound(column, true, now.minus(offset(args.get(0)))));
                case "p_occurs_after" -> out.add(new Bound(column, true, time(args.get(0))));
                case "p_occurs_before" -> out.add(new Bound(column, false, time(args.get(0))));
                case "p_occurs_between" -> {
                    out.add(new Bound(column, true, time(args.get(0))));
                    out.add(new Bound(column, false, time(args.get(1))));
                }
                default -> {
                    Instant at = time(args.get(0));
                    Duration offset = offset(args.get(1));
                    out.add(new Bound(column, true, at.minus(offset)));
                    out.add(new Bound(column, false, at.plus(offset)));
                }
            }
            return Optional.of(out);
        }

        private static String macroColumn(List<SqlToken> alias, List<SqlToken> column) {
            String name = column.isEmpty() ? TIME_COLUMN : column.get(0).identifier();
            return alias.isEmpty() || alias.get(0).identifier().isEmpty() ? name : alias.get(0).identifier() + "." + name;
        }

        /** {@code col BETWEEN time AND time}. */
        private Optional<List<Bound>> between() {
            for (int i = 1; i < t.size(); i++) {
                if (at(i, "BETWEEN")) {
                    Optional<String> column = column(t.subList(0, i));
                    int and = -1;
                    for (int j = i + 1; j < t.size() && and < 0; j++) {
                        and = at(j, "AND") ? j : -1;
                    }
                    if (column.isEmpty() || and < 0 || at(i - 1, "NOT")) {
                        return Optional.empty();
                    }
                    return Optional.of(List.of(new Bound(column.get(), true, time(t.subList(i + 1, and))),
                            new Bound(column.get(), false, time(t.subList(and + 1, t.size())))));
                }
            }
            return Optional.empty();
        }

        /** {@code col >= time}, {@code time < col} and the like. */
        private Optional<List<Bound>> comparison() {
            for (int i = 1; i < t.size(); i++) {
                SqlToken s = t.get(i);
                if (!s.isSymbol('<') && !s.isSymbol('>')) {
                    continue;
                }
                boolean greater = s.isSymbol('>');
                int right = i + 1 < t.size() && t.get(i + 1).isSymbol('=') && t.get(i + 1).start() == s.end() ? i + 2 : i + 1;
                List<SqlToken> left = t.subList(0, i);
                List<SqlToken> rest = t.subList(right, t.size());
                Optional<String> column = column(left);
                if (column.isPresent()) {
                    return Optional.of(List.of(new Bound(column.get(), greater, time(rest))));
                }
                column = column(rest);
                if (column.isPresent()) {
                    return Optional.of(List.of(new Bound(column.get(), !greater, time(left))));
                }
                return Optional.empty();
            }
            return Optional.empty();
        }

        private boolean at(int i, String keyword) {
            return t.get(i).kind() == SqlToken.Kind.WORD && t.get(i).text().equalsIgnoreCase(keyword);
        }

        /** A column reference ({@code p_event_time}, {@code a.p_event_time}) as written, if {@code tokens} is one. */
        private Optional<String> column(List<SqlToken> tokens) {
            if (tokens.isEmpty() || tokens.size() % 2 == 0) {
                return Optional.empty();
            }
            for (int i = 0; i < tokens.size(); i++) {
                SqlToken token = tokens.get(i);
                boolean name = token.kind() == SqlToken.Kind.WORD || token.kind() == SqlToken.Kind.QUOTED;
                if (i % 2 == 0 ? !name : !token.isSymbol('.')) {
                    return Optional.empty();
                }
            }
            SqlToken last = tokens.get(tokens.size() - 1);
            boolean time = last.kind() == SqlToken.Kind.QUOTED ? last.identifier().equals(TIME_COLUMN)
                    : last.text().equalsIgnoreCase(TIME_COLUMN);
            return time ? Optional.of(sql.substring(tokens.get(0).start(), last.end())) : Optional.empty();
        }
    }

    /** Arguments split at their top-level commas (an empty argument is an empty list). */
    private static List<List<SqlToken>> arguments(List<SqlToken> tokens) {
        List<List<SqlToken>> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken s = tokens.get(i);
            depth += s.isSymbol('(') || s.isSymbol('[') ? 1 : s.isSymbol(')') || s.isSymbol(']') ? -1 : 0;
            if (depth == 0 && s.isSymbol(',')) {
                out.add(tokens.subList(start, i));
                start = i + 1;
            }
        }
        out.add(tokens.subList(start, tokens.size()));
        return out;
    }

    /**
     * A literal time: {@code '2024-05-01 13:45:00'} (with a {@code ::timestamp} cast or without),
     * {@code TIMESTAMP '...'}, {@code TO_TIMESTAMP('...')}, {@code CAST('...' AS TIMESTAMP)}; UTC unless it says.
     */
    static Instant time(List<SqlToken> tokens) {
        List<SqlToken> t = tokens;
        if (t.size() >= 3 && t.get(0).isWord("CAST") && t.get(1).isSymbol('(') && t.get(t.size() - 1).isSymbol(')')) {
            t = t.subList(2, t.size() - 1);
            if (t.size() == 3 && t.get(1).isWord("AS") && TIMESTAMP_TYPES.contains(t.get(2).upper())) {
                t = t.subList(0, 1);
            }
        }
        if (t.size() == 4 && t.get(0).kind() == SqlToken.Kind.WORD && TIMESTAMP_FUNCTIONS.contains(t.get(0).upper())
                && t.get(1).isSymbol('(') && t.get(3).isSymbol(')')) {
            t = t.subList(2, 3);
        }
        if (t.size() == 2 && t.get(0).kind() == SqlToken.Kind.WORD && TIMESTAMP_TYPES.contains(t.get(0).upper())) {
            t = t.subList(1, 2);
        }
        if (t.size() == 4 && t.get(1).isSymbol(':') && t.get(2).isSymbol(':') && TIMESTAMP_TYPES.contains(t.get(3).upper())) {
            t = t.subList(0, 1);
        }
        if (t.size() != 1 || t.get(0).kind() != SqlToken.Kind.STRING || !t.get(0).text().startsWith("'")) {
            throw new IllegalArgumentException("not a literal time");
        }
        String text = t.get(0).text();
        return TimestampText.parse(text.substring(1, text.length() - 1).replace("''", "'"));
    }

    /** A macro's offset: seconds, or text such as {@code '1 day'}, {@code '6 hours'}, {@code 90m}. */
    static Duration offset(List<SqlToken> tokens) {
        if (tokens.size() != 1) {
            throw new IllegalArgumentException("not an offset");
        }
        SqlToken token = tokens.get(0);
        String text = token.kind() == SqlToken.Kind.STRING ? token.text().substring(1, token.text().length() - 1)
                : token.text();
        return MacroOffset.parse(text);
    }
}
