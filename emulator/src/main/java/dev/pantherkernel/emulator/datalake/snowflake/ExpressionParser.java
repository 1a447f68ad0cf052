package dev.pantherkernel.emulator.datalake.snowflake;

import dev.pantherkernel.emulator.datalake.snowflake.Expr.Arg;
import dev.pantherkernel.emulator.datalake.snowflake.Expr.Ident;
import dev.pantherkernel.emulator.datalake.snowflake.Expr.OrderItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads expressions by precedence, loosest first: OR, AND, NOT, comparisons (with IS, IN, BETWEEN, LIKE and its
 * kin), {@code + - ||}, {@code * / %}, unary signs, and the postfix forms that bind tightest: {@code ::type},
 * {@code :path}, {@code [index]}.
 */
final class ExpressionParser {
    private static final Set<String> COMPARISONS = Set.of("=", "==", "!=", "<>", "<", "<=", ">", ">=");
    private static final Set<String> TYPED_LITERALS = Set.of("DATE", "TIMESTAMP", "TIME", "TIMESTAMP_NTZ", "TIMESTAMP_LTZ",
            "TIMESTAMP_TZ", "DATETIME");
    /** Functions Snowflake lets you call without parentheses. */
    private static final Set<String> NILADIC = Set.of("CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME", "LOCALTIMESTAMP",
            "LOCALTIME", "CURRENT_USER", "CURRENT_ROLE");

    private final Tokens in;
    private final QueryParser queries;
    private final CallParser calls;

    ExpressionParser(Tokens in, QueryParser queries) {
        this.in = in;
        this.queries = queries;
        this.calls = new CallParser(in, this);
    }

    Expr expression() throws SnowflakeSqlException {
        Expr left = and();
        while (in.acceptWord("OR")) {
            left = new Expr.Binary("OR", left, and());
        }
        return left;
    }

    private Expr and() throws SnowflakeSqlException {
        Expr left = not();
        while (in.acceptWord("AND")) {
            left = new Expr.Binary("AND", left, not());
        }
        return left;
    }

    private Expr not() throws SnowflakeSqlException {
        if (in.atWord("NOT") && !in.peek(1).isWord("EXISTS")) {
            in.next();
            return new Expr.Unary("NOT", not());
        }
        return comparison();
    }

    private Expr comparison() throws SnowflakeSqlException {
        Expr left = additive();
        if (in.peek().kind() == Token.Kind.SYMBOL && COMPARISONS.contains(in.peek().text())) {
            String op = in.next().text();
            return new Expr.Binary(op.equals("==") ? "=" : op.equals("!=") ? "<>" : op, left, additive());
        }
        if (in.acceptWord("IS")) {
            boolean not = in.acceptWord("NOT");
            if (in.acceptWord("NULL")) {
                return new Expr.IsNull(left, not);
            }
            if (in.acceptWord("DISTINCT")) {
                in.expectWord("FROM");
                return new Expr.IsDistinctFrom(left, additive(), not);
            }
            if (in.acceptWord("TRUE")) {
                return new Expr.IsBoolean(left, true, not);
            }
            if (in.acceptWord("FALSE")) {
                return new Expr.IsBoolean(left, false, not);
            }
            throw in.unexpected("NULL, DISTINCT FROM, TRUE or FALSE");
        }
        boolean not = in.atWord("NOT") && isPredicateWord(in.peek(1));
        if (not) {
            in.next();
        }
        if (in.acceptWord("IN")) {
            in.expectSymbol("(");
            if (queries.atQueryStart()) {
                Query q = queries.query();
                in.expectSymbol(")");
                return new Expr.InQuery(left, q, not);
            }
            List<Expr> items = list();
            in.expectSymbol(")");
            return new Expr.InList(left, items, not);
        }
        if (in.acceptWord("BETWEEN")) {
            Expr low = additive();
            in.expectWord("AND");
            return new Expr.Between(left, low, additive(), not);
        }
        if (isLikeWord(in.peek())) {
            String op = in.next().upper();
            String quantifier = null;
            List<Expr> patterns = new ArrayList<>();
            if (in.atWord("ANY") || in.atWord("ALL")) {
                quantifier = in.next().upper();
                in.expectSymbol("(");
                patterns.addAll(list());
                in.expectSymbol(")");
            } else {
                patterns.add(additive());
            }
            Expr escape = in.acceptWord("ESCAPE") ? additive() : null;
            return new Expr.Like(left, op, quantifier, patterns, escape, not);
        }
        if (not) {
            throw in.unexpected("IN, BETWEEN or LIKE");
        }
        return left;
    }

    private static boolean isPredicateWord(Token t) {
        return t.isWord("IN") || t.isWord("BETWEEN") || isLikeWord(t);
    }

    private static boolean isLikeWord(Token t) {
        return t.isWord("LIKE") || t.isWord("ILIKE") || t.isWord("RLIKE") || t.isWord("REGEXP");
    }

    Expr additive() throws SnowflakeSqlException {
        Expr left = multiplicative();
        while (in.atSymbol("+") || in.atSymbol("-") || in.atSymbol("||")) {
            String op = in.next().text();
            left = new Expr.Binary(op, left, multiplicative());
        }
        return left;
    }

    private Expr multiplicative() throws SnowflakeSqlException {
        Expr left = unary();
        while (in.atSymbol("*") || in.atSymbol("/") || in.atSymbol("%")) {
            String op = in.next().text();
            left = new Expr.Binary(op, left, unary());
        }
        return left;
    }

    private Expr unary() throws SnowflakeSqlException {
        if (in.atSymbol("-") || in.atSymbol("+")) {
            String op = in.next().text();
            return new Expr.Unary(op, unary());
        }
        return postfix(primary());
    }

    /** {@code ::type}, {@code :key}, {@code .key} after a path, {@code [index]}, in any order and number. */
    Expr postfix(Expr base) throws SnowflakeSqlException {
        Expr e = base;
        while (true) {
            if (in.acceptSymbol("::")) {
                e = new Expr.Cast(e, type(), false);
            } else if (in.acceptSymbol(":")) {
                e = withStep(e, new Expr.Key(pathKey()));
            } else if (in.atSymbol(".") && e instanceof Expr.Path) {
                in.next();
                e = withStep(e, new Expr.Key(pathKey()));
            } else if (in.acceptSymbol("[")) {
                Expr index = expression();
                in.expectSymbol("]");
                Expr.Step step = index instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.STRING
                        ? new Expr.Key(l.value()) : new Expr.Index(index);
                e = withStep(e, step);
            } else {
                return e;
            }
        }
    }

    private static Expr withStep(Expr e, Expr.Step step) {
        if (e instanceof Expr.Path p) {
            List<Expr.Step> steps = new ArrayList<>(p.steps());
            steps.add(step);
            return new Expr.Path(p.base(), steps);
        }
        return new Expr.Path(e, List.of(step));
    }

    /** A key in a path: a word (keywords included, as Snowflake allows) or a quoted name; case as written. */
    private String pathKey() throws SnowflakeSqlException {
        Token t = in.peek();
        if (t.kind() == Token.Kind.WORD || t.kind() == Token.Kind.QUOTED) {
            in.next();
            return t.value();
        }
        throw in.unexpected("a key name");
    }

    Expr.TypeName type() throws SnowflakeSqlException {
        Token t = in.peek();
        if (t.kind() != Token.Kind.WORD) {
            throw in.unexpected("a type");
        }
        in.next();
        String name = t.upper();
        if (name.equals("DOUBLE") && in.atWord("PRECISION")) {
            in.next();
        }
        if ((name.equals("CHARACTER") || name.equals("CHAR")) && in.atWord("VARYING")) {
            in.next();
            name = "VARCHAR";
        }
        List<Integer> params = new ArrayList<>();
        if (in.acceptSymbol("(")) {
            do {
                Token n = in.next();
                if (n.kind() != Token.Kind.NUMBER) {
                    throw SnowflakeSqlException.syntax(in.sql(), n.start(), "unexpected " + n.shown() + ", expected a number.");
                }
                params.add(Integer.parseInt(n.text()));
            } while (in.acceptSymbol(","));
            in.expectSymbol(")");
        }
        return new Expr.TypeName(name, params);
    }

    private Expr primary() throws SnowflakeSqlException {
        Token t = in.peek();
        switch (t.kind()) {
            case NUMBER -> {
                in.next();
                Token after = in.peek();
                if (after.kind() == Token.Kind.WORD && after.start() == t.end()) {
                    in.next();
                    return new Expr.Duration(t.text() + after.text());
                }
                return new Expr.Literal(Expr.LiteralKind.NUMBER, t.text());
            }
            case STRING -> {
                in.next();
                return Expr.Literal.string(t.value());
            }
            case QUOTED -> {
                return name();
            }
            case WORD -> {
                return word(t);
            }
            case SYMBOL -> {
                return symbol(t);
            }
            default -> throw in.unexpected("an expression");
        }
    }

    private Expr symbol(Token t) throws SnowflakeSqlException {
        if (in.acceptSymbol("(")) {
            if (queries.atQueryStart()) {
                Query q = queries.query();
                in.expectSymbol(")");
                return new Expr.Subquery(q);
            }
            Expr e = expression();
            if (in.atSymbol(",")) {
                throw SnowflakeSqlException.unsupported("a row of values in parentheses", "compare one value at a time");
            }
            in.expectSymbol(")");
            return e;
        }
        if (in.acceptSymbol("[")) {
            List<Expr> items = in.atSymbol("]") ? List.of() : list();
            in.expectSymbol("]");
            return new Expr.ArrayLiteral(items);
        }
        if (in.acceptSymbol("{")) {
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            if (!in.atSymbol("}")) {
                do {
                    Token key = in.next();
                    if (key.kind() != Token.Kind.STRING) {
                        throw SnowflakeSqlException.syntax(in.sql(), key.start(), "unexpected " + key.shown()
                                + ", expected a key in quotes.");
                    }
                    keys.add(Expr.Literal.string(key.value()));
                    in.expectSymbol(":");
                    values.add(expression());
                } while (in.acceptSymbol(","));
            }
            in.expectSymbol("}");
            return new Expr.ObjectLiteral(keys, values);
        }
        if (t.isSymbol("?") || t.isSymbol("$")) {
            throw SnowflakeSqlException.unsupported("bind variables and positional column references (" + t.text() + ")",
                    "write the value or the column name");
        }
        throw in.unexpected("an expression");
    }

    private Expr word(Token t) throws SnowflakeSqlException {
        String upper = t.upper();
        switch (upper) {
            case "TRUE", "FALSE", "NULL" -> {
                in.next();
                return new Expr.Literal(Expr.LiteralKind.valueOf(upper), upper);
            }
            case "CASE" -> {
                return caseExpression();
            }
            case "CAST", "TRY_CAST" -> {
                if (in.peek(1).isSymbol("(")) {
                    in.next();
                    in.next();
                    Expr e = expression();
                    in.expectWord("AS");
                    Expr.TypeName type = type();
                    in.expectSymbol(")");
                    return new Expr.Cast(e, type, upper.equals("TRY_CAST"));
                }
            }
            case "EXISTS" -> {
                return exists(false);
            }
            case "NOT" -> {
                in.next();
                return exists(true);
            }
            case "INTERVAL" -> {
                if (in.peek(1).kind() == Token.Kind.STRING) {
                    in.next();
                    return new Expr.IntervalLiteral(in.next().value());
                }
            }
            case "EXTRACT" -> {
                if (in.peek(1).isSymbol("(")) {
                    in.next();
                    in.next();
                    Token part = in.next();
                    in.expectWord("FROM");
                    Expr e = expression();
                    in.expectSymbol(")");
                    return call("DATE_PART", List.of(new Arg(null, Expr.Literal.string(part.value())), new Arg(null, e)));
                }
            }
            default -> {
                // a name or a call, below
            }
        }
        if (TYPED_LITERALS.contains(upper) && in.peek(1).kind() == Token.Kind.STRING) {
            in.next();
            return new Expr.TypedLiteral(upper.equals("DATETIME") ? "TIMESTAMP" : upper, in.next().value());
        }
        if (in.peek(1).isSymbol("(")) {
            return calls.call();
        }
        if (NILADIC.contains(upper)) {
            in.next();
            return call(upper, List.of());
        }
        return name();
    }

    private static Expr.Call call(String name, List<Arg> args) {
        return new Expr.Call(name, args, false, false, List.of(), false, null);
    }

    private Expr exists(boolean not) throws SnowflakeSqlException {
        in.expectWord("EXISTS");
        in.expectSymbol("(");
        Query q = queries.query();
        in.expectSymbol(")");
        return new Expr.Exists(q, not);
    }

    /** A column name, qualified by dots: {@code a}, {@code t.a}, {@code db.schema.t.a}. */
    Expr.Name name() throws SnowflakeSqlException {
        List<Ident> parts = new ArrayList<>();
        parts.add(in.expectName());
        while (in.atSymbol(".") && in.peek(1).isName()) {
            in.next();
            parts.add(in.expectName());
        }
        return new Expr.Name(parts);
    }

    private Expr caseExpression() throws SnowflakeSqlException {
        in.expectWord("CASE");
        Expr operand = in.atWord("WHEN") ? null : expression();
        List<Expr.When> whens = new ArrayList<>();
        while (in.acceptWord("WHEN")) {
            Expr condition = expression();
            in.expectWord("THEN");
            whens.add(new Expr.When(condition, expression()));
        }
        if (whens.isEmpty()) {
            throw in.unexpected("WHEN");
        }
        Expr otherwise = in.acceptWord("ELSE") ? expression() : null;
        in.expectWord("END");
        return new Expr.Case(operand, whens, otherwise);
    }

    List<OrderItem> orderItems() throws SnowflakeSqlException {
        return calls.orderItems();
    }

    Expr.Arg argument() throws SnowflakeSqlException {
        return calls.argument();
    }

    List<Expr> list() throws SnowflakeSqlException {
        List<Expr> items = new ArrayList<>();
        do {
            items.add(expression());
        } while (in.acceptSymbol(","));
        return items;
    }
}
