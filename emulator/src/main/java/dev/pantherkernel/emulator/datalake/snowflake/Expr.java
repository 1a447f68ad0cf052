package dev.pantherkernel.emulator.datalake.snowflake;

import java.util.List;
import java.util.Locale;

/** An expression of Snowflake SQL as the parser read it. */
sealed interface Expr {

    /**
     * A name as written: quoted names keep their case, unquoted ones compare without it. {@code start} is where it
     * stands in the SQL, for errors that point at it; -1 for a name the front end made up (a macro's default column).
     */
    record Ident(String name, boolean quoted, int start) {
        Ident(String name, boolean quoted) {
            this(name, quoted, -1);
        }

        boolean is(String other) {
            return quoted ? name.equals(other) : name.equalsIgnoreCase(other);
        }

        /** As Snowflake's messages name it: unquoted in upper case (the name it resolves to), quoted as written. */
        String shown() {
            return quoted ? "\"" + name + "\"" : name.toUpperCase(Locale.ROOT);
        }
    }

    enum LiteralKind { STRING, NUMBER, TRUE, FALSE, NULL }

    record Literal(LiteralKind kind, String value) implements Expr {
        static Literal string(String value) {
            return new Literal(LiteralKind.STRING, value);
        }
    }

    /** {@code DATE '2024-01-01'}, {@code TIMESTAMP '...'}, {@code TIME '...'}; {@code type} upper case. */
    record TypedLiteral(String type, String value) implements Expr {}

    /** {@code INTERVAL '7 days'}. */
    record IntervalLiteral(String text) implements Expr {}

    /** A column, possibly qualified by a table alias or name: {@code eventName}, {@code c.userIdentity}. */
    record Name(List<Ident> parts) implements Expr {
        Ident last() {
            return parts.get(parts.size() - 1);
        }
    }

    /** {@code *} or {@code t.*} in a select list, with {@code EXCLUDE (..)}. */
    record Star(List<Ident> qualifier, List<Ident> exclude) implements Expr {}

    /** One step of a semi-structured path: a key ({@code :a}, {@code .a}, {@code ['a']}) or an index ({@code [0]}). */
    sealed interface Step {}

    record Key(String name) implements Step {}

    record Index(Expr index) implements Step {}

    /** {@code base:a.b[0]}, {@code base['a']}: reading into a VARIANT, OBJECT or ARRAY value. */
    record Path(Expr base, List<Step> steps) implements Expr {}

    /** A type as written in a cast: {@code VARCHAR}, {@code NUMBER(38, 2)}, {@code TIMESTAMP_NTZ}. */
    record TypeName(String name, List<Integer> params) {}

    /** {@code x::type}, {@code CAST(x AS type)}, {@code TRY_CAST(x AS type)}. */
    record Cast(Expr expr, TypeName type, boolean tryCast) implements Expr {}

    /** {@code -x}, {@code +x}, {@code NOT x}. */
    record Unary(String op, Expr expr) implements Expr {}

    /** Arithmetic, {@code ||}, comparisons, {@code AND}, {@code OR}; {@code op} upper case. */
    record Binary(String op, Expr left, Expr right) implements Expr {}

    /** A call argument, named ({@code input => x}) or not ({@code name} is null). */
    record Arg(String name, Expr value) {}

    record OrderItem(Expr expr, boolean desc, Boolean nullsFirst) {}

    /** A window frame bound: {@code kind} is UNBOUNDED PRECEDING, PRECEDING, CURRENT ROW, FOLLOWING or UNBOUNDED FOLLOWING. */
    record Bound(String kind, Expr offset) {}

    record Frame(String unit, Bound start, Bound end) {}

    record Window(List<Expr> partitionBy, List<OrderItem> orderBy, Frame frame) {}

    /**
     * A function call. {@code name} is upper case (a quoted or qualified name is not a function here);
     * {@code star} for {@code COUNT(*)}; {@code withinGroup} for {@code ... WITHIN GROUP (ORDER BY ..)}.
     */
    record Call(String name, List<Arg> args, boolean distinct, boolean star, List<OrderItem> withinGroup,
            boolean ignoreNulls, Window over) implements Expr {
        Expr arg(int i) {
            return args.get(i).value();
        }
    }

    record When(Expr condition, Expr result) {}

    record Case(Expr operand, List<When> whens, Expr otherwise) implements Expr {}

    record InList(Expr expr, List<Expr> items, boolean not) implements Expr {}

    record InQuery(Expr expr, Query query, boolean not) implements Expr {}

    record Between(Expr expr, Expr low, Expr high, boolean not) implements Expr {}

    /**
     * {@code LIKE}, {@code ILIKE}, {@code RLIKE}, {@code REGEXP}; with {@code ANY}/{@code ALL} ({@code quantifier})
     * over several patterns, or one pattern.
     */
    record Like(Expr expr, String op, String quantifier, List<Expr> patterns, Expr escape, boolean not) implements Expr {}

    record IsNull(Expr expr, boolean not) implements Expr {}

    record IsDistinctFrom(Expr left, Expr right, boolean not) implements Expr {}

    /** {@code x IS [NOT] TRUE / FALSE}. */
    record IsBoolean(Expr expr, boolean value, boolean not) implements Expr {}

    record Exists(Query query, boolean not) implements Expr {}

    record Subquery(Query query) implements Expr {}

    /** {@code [a, b]}. */
    record ArrayLiteral(List<Expr> items) implements Expr {}

    /** {@code {'k': v, ...}}. */
    record ObjectLiteral(List<Expr> keys, List<Expr> values) implements Expr {}

    /** An empty argument, which only Panther's macros accept ({@code p_occurs_since(1h, , p_parse_time)}). */
    record Empty() implements Expr {}

    /** A duration written without quotes, which only Panther's macros accept ({@code p_occurs_since(90m)}). */
    record Duration(String text) implements Expr {}
}
