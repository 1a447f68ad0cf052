package dev.pantherkernel.emulator.datalake.snowflake;

import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.ARRAY;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.BOOLEAN;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.DATE;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.FLOAT;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.NUMBER;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.OBJECT;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.TIMESTAMP_NTZ;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.TIME;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.VARCHAR;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.VARIANT;

import dev.pantherkernel.emulator.datalake.snowflake.Expr.Ident;
import dev.pantherkernel.emulator.datalake.sql.SnowflakeType;
import dev.pantherkernel.emulator.datalake.sql.SqlLiterals;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Writes expressions for DuckDB with their Snowflake types, so that each operator and function converts its operands
 * as Snowflake would: a path reads JSON and is a VARIANT, a VARIANT compared with text is compared as its text, a
 * VARIANT in a condition is read as a boolean.
 */
final class ExpressionTranslator {
    private final QueryTranslator queries;
    private final Scope scope;

    ExpressionTranslator(QueryTranslator queries, Scope scope) {
        this.queries = queries;
        this.scope = scope;
    }

    Scope scope() {
        return scope;
    }

    QueryTranslator queries() {
        return queries;
    }

    Sql translate(Expr e) throws SnowflakeSqlException {
        if (e instanceof Expr.Literal l) {
            return literal(l);
        }
        if (e instanceof Expr.Name n) {
            return new NameResolver(scope).resolve(n);
        }
        if (e instanceof Expr.Path p) {
            return path(p);
        }
        if (e instanceof Expr.Cast c) {
            return Coerce.cast(translate(c.expr()), Types.target(c.type()), Types.scale(c.type()), c.tryCast());
        }
        if (e instanceof Expr.Call c) {
            return Functions.translate(this, c);
        }
        if (e instanceof Expr.Binary b) {
            return binary(b);
        }
        if (e instanceof Expr.Unary u) {
            return unary(u);
        }
        if (e instanceof Expr.Case c) {
            return caseExpression(c);
        }
        if (e instanceof Expr.TypedLiteral t) {
            return typedLiteral(t);
        }
        if (e instanceof Expr.IntervalLiteral i) {
            return Sql.of(IntervalText.toDuckDb(i.text()), null);
        }
        if (e instanceof Expr.ArrayLiteral a) {
            List<Sql> items = new ArrayList<>();
            for (Expr item : a.items()) {
                items.add(translate(item));
            }
            return array(items);
        }
        if (e instanceof Expr.ObjectLiteral o) {
            List<Sql> keys = new ArrayList<>();
            List<Sql> values = new ArrayList<>();
            for (int i = 0; i < o.keys().size(); i++) {
                keys.add(translate(o.keys().get(i)));
                values.add(translate(o.values().get(i)));
            }
            return object(keys, values);
        }
        if (e instanceof Expr.Duration d) {
            throw SnowflakeSqlException.invalid("unquoted duration " + d.text() + ": only Panther's p_occurs_* macros take one; "
                    + "elsewhere write INTERVAL '" + d.text() + "'");
        }
        if (e instanceof Expr.Empty || e instanceof Expr.Star) {
            throw SnowflakeSqlException.invalid((e instanceof Expr.Star ? "'*'" : "an empty argument") + " cannot stand here");
        }
        return Predicates.translate(this, e);
    }

    /** An expression used as a condition. */
    String condition(Expr e) throws SnowflakeSqlException {
        return Coerce.condition(translate(e));
    }

    Sql literal(Expr.Literal l) {
        return switch (l.kind()) {
            case STRING -> new Sql(SqlLiterals.string(l.value()), VARCHAR, true);
            case NUMBER -> new Sql(l.value(), l.value().contains("e") || l.value().contains("E") ? FLOAT : NUMBER, true);
            case TRUE, FALSE -> new Sql(l.value(), BOOLEAN, true);
            case NULL -> Sql.nullValue();
        };
    }

    Sql typedLiteral(Expr.TypedLiteral t) {
        String text = SqlLiterals.string(t.value());
        return switch (t.type()) {
            case "DATE" -> Sql.of("DATE " + text, DATE);
            case "TIME" -> Sql.of("TIME " + text, TIME);
            default -> Sql.of(HelperMacros.call("sf_timestamp", text), TIMESTAMP_NTZ);
        };
    }

    private Sql path(Expr.Path p) throws SnowflakeSqlException {
        Sql base = Coerce.toVariant(translate(p.base()));
        StringBuilder jsonPath = new StringBuilder("$");
        String text = base.text();
        for (Expr.Step step : p.steps()) {
            if (step instanceof Expr.Key k && !k.name().contains("\"")) {
                jsonPath.append(".\"").append(k.name()).append('"');
            } else if (step instanceof Expr.Index i && i.index() instanceof Expr.Literal l
                    && l.kind() == Expr.LiteralKind.NUMBER && l.value().matches("\\d+")) {
                jsonPath.append('[').append(l.value()).append(']');
            } else {
                // a key with a quote, or an index computed per row: read up to here, then one step with ->
                text = extract(text, jsonPath.toString());
                jsonPath.setLength(1);
                text = "(" + text + " -> " + stepValue(step) + ")";
            }
        }
        return Sql.of(extract(text, jsonPath.toString()), VARIANT);
    }

    private String stepValue(Expr.Step step) throws SnowflakeSqlException {
        if (step instanceof Expr.Key k) {
            return SqlLiterals.string(k.name());
        }
        Sql index = translate(((Expr.Index) step).index());
        return index.isSemi() ? Coerce.toVarchar(index).text() : index.text();
    }

    private static String extract(String json, String path) {
        return path.equals("$") ? json : "json_extract(" + json + ", " + SqlLiterals.string(path) + ")";
    }

    private Sql unary(Expr.Unary u) throws SnowflakeSqlException {
        if (u.op().equals("NOT")) {
            return Sql.of("(NOT " + condition(u.expr()) + ")", BOOLEAN);
        }
        Sql operand = Coerce.number(translate(u.expr()));
        return Sql.of("(" + u.op() + operand.wrapped() + ")", operand.type());
    }

    private Sql binary(Expr.Binary b) throws SnowflakeSqlException {
        String op = b.op();
        if (op.equals("AND") || op.equals("OR")) {
            return Sql.of("(" + condition(b.left()) + " " + op + " " + condition(b.right()) + ")", BOOLEAN);
        }
        Sql left = operand(b.left());
        Sql right = operand(b.right());
        if (Types.isComparison(op)) {
            Sql[] both = Coerce.comparable(left, right);
            return Sql.of("(" + both[0].text() + " " + op + " " + both[1].text() + ")", BOOLEAN);
        }
        if (op.equals("||")) {
            return Sql.of("(" + Coerce.toVarchar(left).text() + " || " + Coerce.toVarchar(right).text() + ")", VARCHAR);
        }
        boolean temporal = isTemporal(left) || isTemporal(right) || left.type() == null && right.type() == null;
        if (temporal) {
            SnowflakeType type = isTemporal(left) ? left.type() : right.type();
            return Sql.of("(" + left.text() + " " + op + " " + right.text() + ")", type);
        }
        Sql l = Coerce.number(left);
        Sql r = Coerce.number(right);
        SnowflakeType type = op.equals("/") || l.is(FLOAT) || r.is(FLOAT) ? FLOAT : NUMBER;
        return Sql.of("(" + l.text() + " " + op + " " + r.text() + ")", type);
    }

    /** An operand: an interval literal stands for itself (it has no Snowflake column type). */
    private Sql operand(Expr e) throws SnowflakeSqlException {
        if (e instanceof Expr.IntervalLiteral i) {
            return Sql.of(IntervalText.toDuckDb(i.text()), null);
        }
        return translate(e);
    }

    private static boolean isTemporal(Sql s) {
        return s.type() != null && (s.type().isTimestamp() || s.type() == DATE || s.type() == TIME);
    }

    private Sql caseExpression(Expr.Case c) throws SnowflakeSqlException {
        Sql operand = c.operand() == null ? null : translate(c.operand());
        List<String> conditions = new ArrayList<>();
        List<Sql> results = new ArrayList<>();
        for (Expr.When when : c.whens()) {
            if (operand == null) {
                conditions.add(condition(when.condition()));
            } else {
                Sql[] both = Coerce.comparable(operand, translate(when.condition()));
                conditions.add(both[0].text() + " = " + both[1].text());
            }
            results.add(translate(when.result()));
        }
        if (c.otherwise() != null) {
            results.add(translate(c.otherwise()));
        }
        List<Sql> unified = Types.unify(results);
        StringBuilder out = new StringBuilder("CASE");
        for (int i = 0; i < conditions.size(); i++) {
            out.append(" WHEN ").append(conditions.get(i)).append(" THEN ").append(unified.get(i).text());
        }
        if (c.otherwise() != null) {
            out.append(" ELSE ").append(unified.get(unified.size() - 1).text());
        }
        return Sql.of(out.append(" END").toString(), Types.common(unified));
    }

    /** {@code [a, b]}: an ARRAY of VARIANT values. */
    Sql array(List<Sql> items) {
        if (items.isEmpty()) {
            return Sql.of("CAST('[]' AS JSON)", ARRAY);
        }
        StringJoiner list = new StringJoiner(", ", "[", "]");
        items.forEach(i -> list.add(Coerce.toVariant(i).text()));
        return Sql.of("to_json(" + list + ")", ARRAY);
    }

    /** {@code {'k': v}}: an OBJECT; keys whose value is NULL are left out, as Snowflake does. */
    Sql object(List<Sql> keys, List<Sql> values) {
        if (keys.isEmpty()) {
            return Sql.of("CAST('{}' AS JSON)", OBJECT);
        }
        StringJoiner pairs = new StringJoiner(", ");
        for (int i = 0; i < keys.size(); i++) {
            pairs.add(Coerce.toVarchar(keys.get(i)).text()).add(Coerce.toVariant(values.get(i)).text());
        }
        return Sql.of("json_merge_patch('{}', json_object(" + pairs + "))", OBJECT);
    }

    static String quote(Ident ident) {
        return SqlLiterals.identifier(ident.name());
    }
}
