package dev.pantherkernel.emulator.datalake.snowflake;

import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.NUMBER;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.VARCHAR;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.VARIANT;

import dev.pantherkernel.emulator.datalake.snowflake.Expr.Ident;
import dev.pantherkernel.emulator.datalake.sql.SqlLiterals;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * FROM items: tables (from the catalog, or common table expressions), subqueries, joins, VALUES, and Snowflake's
 * table functions FLATTEN (one row per element of an ARRAY or key of an OBJECT, with SEQ, KEY, PATH, INDEX, VALUE
 * and THIS) and GENERATOR. Each item adds what it names to the scope, in order, so LATERAL items see earlier ones.
 */
final class FromTranslator {
    private static final List<Relation.Column> FLATTEN_COLUMNS = List.of(new Relation.Column("seq", NUMBER),
            new Relation.Column("key", VARCHAR), new Relation.Column("path", VARCHAR), new Relation.Column("index", NUMBER),
            new Relation.Column("value", VARIANT), new Relation.Column("this", VARIANT));

    private final QueryTranslator queries;

    FromTranslator(QueryTranslator queries) {
        this.queries = queries;
    }

    String translate(Query.From item, Scope scope) throws SnowflakeSqlException {
        if (item instanceof Query.Table t) {
            return table(t, scope);
        }
        if (item instanceof Query.Derived d) {
            QueryTranslator.Translated q = queries.query(d.query(), d.lateral() ? scope : scope.parent());
            Query.Alias alias = d.alias();
            scope.add(new Relation(alias == null ? null : alias.name().name(),
                    QueryTranslator.renamed(q.columns(), alias == null ? List.of() : alias.columns()), true));
            return (d.lateral() ? "LATERAL (" : "(") + q.sql() + ")" + alias(alias);
        }
        if (item instanceof Query.Join j) {
            return join(j, scope);
        }
        if (item instanceof Query.Flatten f) {
            return flatten(f, scope);
        }
        if (item instanceof Query.Generator g) {
            return generator(g, scope);
        }
        if (item instanceof Query.ValuesTable v) {
            QueryTranslator.Translated values = queries.values(v.values(), scope.parent());
            Query.Alias alias = v.alias();
            scope.add(new Relation(alias == null ? null : alias.name().name(),
                    QueryTranslator.renamed(values.columns(), alias == null ? List.of() : alias.columns()), true));
            return "(" + values.sql() + ")" + alias(alias);
        }
        Query.TableFunction f = (Query.TableFunction) item;
        throw SnowflakeSqlException.unsupported("the table function " + f.name(), "FLATTEN and GENERATOR are");
    }

    private String table(Query.Table t, Scope scope) throws SnowflakeSqlException {
        List<Ident> name = t.name();
        Query.Alias alias = t.alias();
        String relationName = alias != null ? alias.name().name() : name.get(name.size() - 1).name();
        List<Ident> renames = alias == null ? List.of() : alias.columns();
        Optional<Relation> cte = name.size() == 1 ? scope.cte(name.get(0).name()) : Optional.empty();
        if (cte.isPresent()) {
            scope.add(new Relation(relationName, QueryTranslator.renamed(cte.get().columns(), renames), true));
        } else {
            List<String> parts = new ArrayList<>();
            name.forEach(p -> parts.add(p.name()));
            Optional<List<Relation.Column>> columns = queries.tables().relationColumns(parts);
            if (columns.isEmpty() && queries.tables().covers(parts)) {
                // Snowflake names the object as written, and says no more about where
                throw SnowflakeSqlException.invalid("Object '" + NameResolver.shown(name)
                        + "' does not exist or not authorized.");
            }
            scope.add(new Relation(relationName, QueryTranslator.renamed(columns.orElse(List.of()), renames),
                    columns.isPresent()));
        }
        StringJoiner out = new StringJoiner(".");
        name.forEach(p -> out.add(ExpressionTranslator.quote(p)));
        return out + alias(alias);
    }

    private String join(Query.Join j, Scope scope) throws SnowflakeSqlException {
        String left = translate(j.left(), scope);
        String right = translate(j.right(), scope);
        String kind = switch (j.kind()) {
            case "INNER" -> "JOIN";
            default -> j.kind() + " JOIN";
        };
        StringBuilder out = new StringBuilder(left).append(' ').append(kind).append(' ').append(right);
        if (j.on() != null) {
            out.append(" ON ").append(new ExpressionTranslator(queries, scope).condition(j.on()));
        } else if (!j.using().isEmpty()) {
            out.append(" USING ").append(QueryTranslator.columnList(j.using()));
        } else if (!j.kind().equals("CROSS") && !j.kind().startsWith("NATURAL") && !(j.right() instanceof Query.Flatten)) {
            throw SnowflakeSqlException.invalid(j.kind() + " JOIN needs ON or USING");
        } else if (j.right() instanceof Query.Flatten && !j.kind().equals("CROSS") && !j.kind().startsWith("NATURAL")) {
            out.append(" ON TRUE");
        }
        return out.toString();
    }

    /**
     * FLATTEN(INPUT => v [, PATH => 'a.b'] [, OUTER => TRUE] [, MODE => 'ARRAY' | 'OBJECT' | 'BOTH']): one row per
     * element; with OUTER, one row of NULLs for an empty or missing input. RECURSIVE is not translated.
     */
    private String flatten(Query.Flatten f, Scope scope) throws SnowflakeSqlException {
        Expr.Call call = new Expr.Call("FLATTEN", f.args(), false, false, List.of(), false, null);
        CallContext c = new CallContext(new ExpressionTranslator(queries, scope), call);
        Expr input = c.named("INPUT", 0);
        if (input == null) {
            throw SnowflakeSqlException.invalid("FLATTEN needs INPUT => an ARRAY, OBJECT or VARIANT");
        }
        for (Expr.Arg a : f.args()) {
            if (a.name() != null && !List.of("INPUT", "PATH", "OUTER", "RECURSIVE", "MODE").contains(a.name())) {
                throw SnowflakeSqlException.invalid("FLATTEN has no argument " + a.name());
            }
        }
        if (isTrue(c.named("RECURSIVE", 3))) {
            throw SnowflakeSqlException.unsupported("FLATTEN with RECURSIVE => TRUE", "flatten each level with its own FLATTEN");
        }
        String prefix = "";
        Expr path = c.named("PATH", 1);
        if (path != null) {
            if (!(path instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.STRING)) {
                throw SnowflakeSqlException.unsupported("FLATTEN with a PATH that is not a string literal", "");
            }
            prefix = l.value();
            input = new Expr.Path(input, PathText.parse(l.value()).steps());
        }
        boolean outer = isTrue(c.named("OUTER", 2));
        String mode = c.named("MODE", 4) instanceof Expr.Literal m ? m.value().toUpperCase(Locale.ROOT) : "BOTH";
        String kinds = switch (mode) {
            case "ARRAY" -> "'ARRAY'";
            case "OBJECT" -> "'OBJECT'";
            default -> "'ARRAY', 'OBJECT'";
        };
        String value = Coerce.toVariant(c.translator().translate(input)).text();
        String pre = SqlLiterals.string(prefix);
        String sql = "LATERAL (SELECT CAST(NULL AS BIGINT) AS \"seq\", "
                + "CASE WHEN json_type(s.this) = 'OBJECT' THEN e.key END AS \"key\", "
                + "CASE WHEN e.key IS NULL THEN NULL WHEN json_type(s.this) = 'ARRAY' THEN " + pre + " || '[' || e.key || ']' "
                + "ELSE " + (prefix.isEmpty() ? "" : pre + " || '.' || ") + "e.key END AS \"path\", "
                + "CASE WHEN json_type(s.this) = 'ARRAY' THEN CAST(e.key AS BIGINT) END AS \"index\", "
                + "e.value AS \"value\", s.this AS \"this\" "
                + "FROM (SELECT " + value + " AS this) AS s "
                + (outer ? "LEFT JOIN" : "CROSS JOIN") + " LATERAL (SELECT key, value, id FROM json_each(CASE WHEN json_type(s.this) IN ("
                + kinds + ") THEN s.this END)) AS e" + (outer ? " ON TRUE" : "") + " ORDER BY e.id)";
        Query.Alias alias = f.alias();
        scope.add(new Relation(alias == null ? "flatten" : alias.name().name(),
                QueryTranslator.renamed(FLATTEN_COLUMNS, alias == null ? List.of() : alias.columns()), true));
        return sql + (alias == null ? " AS \"flatten\"" : alias(alias));
    }

    private static boolean isTrue(Expr e) {
        return e instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.TRUE;
    }

    /** GENERATOR(ROWCOUNT => n): n rows (without columns of their own; SEQ4() numbers them). */
    private String generator(Query.Generator g, Scope scope) throws SnowflakeSqlException {
        Expr.Call call = new Expr.Call("GENERATOR", g.args(), false, false, List.of(), false, null);
        CallContext c = new CallContext(new ExpressionTranslator(queries, scope), call);
        Expr rows = c.named("ROWCOUNT", 0);
        if (rows == null || c.named("TIMELIMIT", -1) != null) {
            throw SnowflakeSqlException.unsupported("GENERATOR without ROWCOUNT", "give ROWCOUNT => n");
        }
        String n = Coerce.number(c.translator().translate(rows)).text();
        Query.Alias alias = g.alias();
        scope.add(new Relation(alias == null ? "generator" : alias.name().name(), List.of(), true));
        String name = alias == null ? "\"generator\"" : ExpressionTranslator.quote(alias.name());
        return "range(CAST(" + n + " AS BIGINT)) AS " + name + "(\"__generator_row\")";
    }

    private static String alias(Query.Alias alias) {
        if (alias == null) {
            return "";
        }
        return " AS " + ExpressionTranslator.quote(alias.name()) + QueryTranslator.columnList(alias.columns());
    }
}
