package dev.pantherkernel.emulator.datalake.snowflake;

import dev.pantherkernel.emulator.datalake.snowflake.Expr.Arg;
import dev.pantherkernel.emulator.datalake.snowflake.Expr.Ident;
import dev.pantherkernel.emulator.datalake.snowflake.Query.Alias;
import dev.pantherkernel.emulator.datalake.snowflake.Query.From;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads queries: WITH, SELECT with its clauses, set operations, FROM items with joins, LATERAL FLATTEN, VALUES. */
final class QueryParser {
    /** Words a select item cannot start with: the clause keywords that may follow a select list. */
    private static final Set<String> CLAUSES = Set.of("FROM", "WHERE", "GROUP", "HAVING", "QUALIFY", "ORDER", "LIMIT",
            "UNION", "EXCEPT", "MINUS", "INTERSECT", "OFFSET", "FETCH");

    private final Tokens in;
    private final ExpressionParser expressions;

    QueryParser(Tokens in) {
        this.in = in;
        this.expressions = new ExpressionParser(in, this);
    }

    Expr expression() throws SnowflakeSqlException {
        return expressions.expression();
    }

    boolean atQueryStart() {
        return in.atWord("SELECT") || in.atWord("WITH") || in.atWord("VALUES")
                || in.atSymbol("(") && (in.peek(1).isWord("SELECT") || in.peek(1).isWord("WITH"));
    }

    Query query() throws SnowflakeSqlException {
        List<Query.Cte> ctes = new ArrayList<>();
        if (in.acceptWord("WITH")) {
            if (in.atWord("RECURSIVE")) {
                throw SnowflakeSqlException.unsupported("WITH RECURSIVE", "");
            }
            do {
                Ident name = in.expectName();
                List<Ident> columns = in.atSymbol("(") ? identList() : List.of();
                in.expectWord("AS");
                in.expectSymbol("(");
                Query q = query();
                in.expectSymbol(")");
                ctes.add(new Query.Cte(name, columns, q));
            } while (in.acceptSymbol(","));
        }
        Query.Body body = setOperations();
        List<Expr.OrderItem> orderBy = List.of();
        if (in.acceptWord("ORDER")) {
            in.expectWord("BY");
            orderBy = expressions.orderItems();
        }
        Expr limit = null;
        Expr offset = null;
        if (in.acceptWord("LIMIT")) {
            limit = expressions.expression();
            if (in.acceptWord("OFFSET")) {
                offset = expressions.expression();
            }
        } else {
            if (in.acceptWord("OFFSET")) {
                offset = expressions.expression();
                if (!in.acceptWord("ROWS")) {
                    in.acceptWord("ROW");
                }
            }
            if (in.acceptWord("FETCH")) {
                if (!in.acceptWord("FIRST")) {
                    in.expectWord("NEXT");
                }
                limit = expressions.expression();
                if (!in.acceptWord("ROWS")) {
                    in.expectWord("ROW");
                }
                in.expectWord("ONLY");
            }
        }
        return new Query(ctes, body, orderBy, limit, offset);
    }

    private Query.Body setOperations() throws SnowflakeSqlException {
        Query.Body left = term();
        while (in.atWord("UNION") || in.atWord("EXCEPT") || in.atWord("MINUS") || in.atWord("INTERSECT")) {
            String op = in.next().upper();
            boolean all = in.acceptWord("ALL");
            if (!all) {
                in.acceptWord("DISTINCT");
            }
            boolean byName = false;
            if (in.acceptWord("BY")) {
                in.expectWord("NAME");
                byName = true;
            }
            left = new Query.SetOperation(left, op.equals("MINUS") ? "EXCEPT" : op, all, byName, term());
        }
        return left;
    }

    private Query.Body term() throws SnowflakeSqlException {
        if (in.atSymbol("(")) {
            in.next();
            Query q = query();
            in.expectSymbol(")");
            return new Query.Nested(q);
        }
        if (in.atWord("VALUES")) {
            return values();
        }
        return select();
    }

    private Query.Values values() throws SnowflakeSqlException {
        in.expectWord("VALUES");
        List<List<Expr>> rows = new ArrayList<>();
        do {
            in.expectSymbol("(");
            rows.add(expressions.list());
            in.expectSymbol(")");
        } while (in.acceptSymbol(","));
        return new Query.Values(rows);
    }

    private Query.Select select() throws SnowflakeSqlException {
        in.expectWord("SELECT");
        boolean distinct = in.acceptWord("DISTINCT");
        if (!distinct) {
            in.acceptWord("ALL");
        }
        Expr top = in.acceptWord("TOP") ? expressions.postfix(new Expr.Literal(Expr.LiteralKind.NUMBER, in.next().text())) : null;
        List<Query.SelectItem> items = new ArrayList<>();
        do {
            if (in.atEnd() || in.atSymbol(")") || in.peek().kind() == Token.Kind.WORD && CLAUSES.contains(in.peek().upper())) {
                break; // Snowflake accepts a comma after the last select item
            }
            items.add(selectItem());
        } while (in.acceptSymbol(","));
        if (items.isEmpty()) {
            throw in.unexpected("a select item");
        }
        List<From> from = new ArrayList<>();
        if (in.acceptWord("FROM")) {
            do {
                from.add(fromItem());
            } while (in.acceptSymbol(","));
        }
        Expr where = in.acceptWord("WHERE") ? expressions.expression() : null;
        Query.GroupBy groupBy = null;
        if (in.acceptWord("GROUP")) {
            in.expectWord("BY");
            groupBy = groupBy();
        }
        Expr having = in.acceptWord("HAVING") ? expressions.expression() : null;
        Expr qualify = in.acceptWord("QUALIFY") ? expressions.expression() : null;
        return new Query.Select(distinct, top, items, from, where, groupBy, having, qualify);
    }

    private Query.GroupBy groupBy() throws SnowflakeSqlException {
        if (in.acceptWord("ALL")) {
            return new Query.GroupBy("ALL", List.of());
        }
        for (String modifier : List.of("ROLLUP", "CUBE")) {
            if (in.atWord(modifier) && in.peek(1).isSymbol("(")) {
                in.next();
                in.next();
                List<Expr> items = expressions.list();
                in.expectSymbol(")");
                return new Query.GroupBy(modifier, items);
            }
        }
        if (in.atWord("GROUPING") && in.peek(1).isWord("SETS")) {
            throw SnowflakeSqlException.unsupported("GROUP BY GROUPING SETS", "use UNION ALL of grouped queries");
        }
        return new Query.GroupBy("", expressions.list());
    }

    private Query.SelectItem selectItem() throws SnowflakeSqlException {
        int start = in.peek().start();
        if (in.atSymbol("*")) {
            in.next();
            return new Query.SelectItem(new Expr.Star(List.of(), exclude()), null, "*");
        }
        if (in.peek().isName() && in.peek(1).isSymbol(".")) {
            int i = 0;
            while (in.peek(i).isName() && in.peek(i + 1).isSymbol(".")) {
                i += 2;
            }
            if (in.peek(i).isSymbol("*")) {
                List<Ident> qualifier = new ArrayList<>();
                for (int k = 0; k < i; k += 2) {
                    qualifier.add(in.expectName());
                    in.expectSymbol(".");
                }
                in.expectSymbol("*");
                return new Query.SelectItem(new Expr.Star(qualifier, exclude()), null, in.textFrom(start));
            }
        }
        Expr e = expressions.expression();
        String text = in.textFrom(start);
        Ident alias = null;
        if (in.acceptWord("AS")) {
            alias = in.expectName();
        } else if (in.atImplicitAlias()) {
            alias = in.expectName();
        }
        return new Query.SelectItem(e, alias, text);
    }

    private List<Ident> exclude() throws SnowflakeSqlException {
        if (in.atWord("RENAME") || in.atWord("REPLACE") || in.atWord("ILIKE")) {
            throw SnowflakeSqlException.unsupported("* " + in.peek().upper(), "list the columns");
        }
        if (!in.acceptWord("EXCLUDE")) {
            return List.of();
        }
        return in.atSymbol("(") ? identList() : List.of(in.expectName());
    }

    private List<Ident> identList() throws SnowflakeSqlException {
        in.expectSymbol("(");
        List<Ident> names = new ArrayList<>();
        do {
            names.add(in.expectName());
        } while (in.acceptSymbol(","));
        in.expectSymbol(")");
        return names;
    }

    private From fromItem() throws SnowflakeSqlException {
        From left = fromPrimary();
        while (true) {
            String kind = joinKind();
            if (kind == null) {
                return left;
            }
            From right = fromPrimary();
            Expr on = null;
            List<Ident> using = List.of();
            if (in.acceptWord("ON")) {
                on = expressions.expression();
            } else if (in.acceptWord("USING")) {
                using = identList();
            }
            left = new Query.Join(left, kind, right, on, using);
        }
    }

    /** The kind of join that starts here, having read its words; null when no join starts. */
    private String joinKind() throws SnowflakeSqlException {
        if (in.atWord("ASOF")) {
            throw SnowflakeSqlException.unsupported("ASOF JOIN", "");
        }
        boolean natural = in.acceptWord("NATURAL");
        String kind;
        if (in.acceptWord("JOIN")) {
            return natural ? "NATURAL INNER" : "INNER";
        } else if (in.atWord("INNER") || in.atWord("CROSS")) {
            kind = in.next().upper();
        } else if (in.atWord("LEFT") || in.atWord("RIGHT") || in.atWord("FULL")) {
            kind = in.next().upper();
            in.acceptWord("OUTER");
        } else if (natural) {
            throw in.unexpected("JOIN");
        } else {
            return null;
        }
        in.expectWord("JOIN");
        return natural ? "NATURAL " + kind : kind;
    }

    private From fromPrimary() throws SnowflakeSqlException {
        boolean lateral = in.acceptWord("LATERAL");
        if (in.atSymbol("(")) {
            in.next();
            if (atQueryStart()) {
                Query q = query();
                in.expectSymbol(")");
                return new Query.Derived(q, alias(), lateral);
            }
            From inner = fromItem();
            in.expectSymbol(")");
            return inner;
        }
        if (in.atWord("VALUES")) {
            return new Query.ValuesTable(values(), alias());
        }
        if (in.atWord("TABLE") && in.peek(1).isSymbol("(")) {
            in.next();
            in.next();
            From function = tableFunction();
            in.expectSymbol(")");
            return withAlias(function, alias());
        }
        if (in.peek().kind() == Token.Kind.WORD && in.peek(1).isSymbol("(")) {
            return withAlias(tableFunction(), alias());
        }
        List<Ident> name = new ArrayList<>(expressions.name().parts());
        if (in.atWord("AT") || in.atWord("BEFORE") || in.atWord("CHANGES")) {
            throw SnowflakeSqlException.unsupported("time travel (" + in.peek().upper() + ")", "");
        }
        if (in.atWord("SAMPLE") || in.atWord("TABLESAMPLE")) {
            throw SnowflakeSqlException.unsupported(in.peek().upper(), "add a LIMIT instead");
        }
        return new Query.Table(name, alias());
    }

    private From tableFunction() throws SnowflakeSqlException {
        String name = in.next().upper();
        in.expectSymbol("(");
        List<Arg> args = new ArrayList<>();
        if (!in.atSymbol(")")) {
            do {
                args.add(expressions.argument());
            } while (in.acceptSymbol(","));
        }
        in.expectSymbol(")");
        return switch (name) {
            case "FLATTEN" -> new Query.Flatten(args, null);
            case "GENERATOR" -> new Query.Generator(args, null);
            default -> new Query.TableFunction(name);
        };
    }

    private static From withAlias(From function, Alias alias) {
        if (function instanceof Query.Flatten f) {
            return new Query.Flatten(f.args(), alias);
        }
        if (function instanceof Query.Generator g) {
            return new Query.Generator(g.args(), alias);
        }
        return function;
    }

    private Alias alias() throws SnowflakeSqlException {
        Ident name;
        if (in.acceptWord("AS")) {
            name = in.expectName();
        } else if (in.atImplicitAlias()) {
            name = in.expectName();
        } else {
            return null;
        }
        return new Alias(name, in.atSymbol("(") ? identList() : List.of());
    }
}
