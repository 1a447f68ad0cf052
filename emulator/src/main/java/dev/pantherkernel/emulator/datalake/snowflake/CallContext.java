package dev.pantherkernel.emulator.datalake.snowflake;

import dev.pantherkernel.emulator.datalake.snowflake.Expr.Arg;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** One function call being translated: its arguments, read as the function needs them, and its OVER clause. */
final class CallContext {
    private final ExpressionTranslator t;
    private final Expr.Call call;

    CallContext(ExpressionTranslator t, Expr.Call call) {
        this.t = t;
        this.call = call;
    }

    Expr.Call call() {
        return call;
    }

    String name() {
        return call.name();
    }

    ExpressionTranslator translator() {
        return t;
    }

    int count() {
        return call.args().size();
    }

    /** Fails unless the call has between {@code min} and {@code max} arguments. */
    void arity(int min, int max) throws SnowflakeSqlException {
        int n = count();
        if (n < min || n > max) {
            String expected = min == max ? String.valueOf(min) : max == Integer.MAX_VALUE ? "at least " + min : min + " to " + max;
            throw SnowflakeSqlException.invalid("function " + name() + " takes " + expected + " argument(s), got " + n);
        }
    }

    Expr expr(int i) {
        return call.arg(i);
    }

    /** A named argument ({@code input => x}), or the positional one at {@code position} when there is no name. */
    Expr named(String argName, int position) {
        for (Arg a : call.args()) {
            if (argName.equals(a.name())) {
                return a.value();
            }
        }
        return position >= 0 && position < count() && call.args().get(position).name() == null ? call.arg(position) : null;
    }

    Sql arg(int i) throws SnowflakeSqlException {
        return t.translate(call.arg(i));
    }

    String text(int i) throws SnowflakeSqlException {
        return arg(i).text();
    }

    String varchar(int i) throws SnowflakeSqlException {
        return Coerce.toVarchar(arg(i)).text();
    }

    String variant(int i) throws SnowflakeSqlException {
        return Coerce.toVariant(arg(i)).text();
    }

    String number(int i) throws SnowflakeSqlException {
        return Coerce.number(arg(i)).text();
    }

    String timestamp(int i) throws SnowflakeSqlException {
        return Coerce.timestamp(arg(i), false).text();
    }

    List<Sql> args() throws SnowflakeSqlException {
        List<Sql> out = new ArrayList<>();
        for (int i = 0; i < count(); i++) {
            out.add(arg(i));
        }
        return out;
    }

    String joined(List<Sql> values) {
        StringJoiner out = new StringJoiner(", ");
        values.forEach(v -> out.add(v.text()));
        return out.toString();
    }

    /** A date part written as a word ({@code day}) or a string ({@code 'day'}). */
    DatePart datePart(int i) throws SnowflakeSqlException {
        String word = partWord(call.arg(i));
        if (word == null) {
            throw SnowflakeSqlException.invalid("function " + name() + " needs a date or time part as argument " + (i + 1)
                    + " (day, hour, minute ...)");
        }
        return DatePart.of(word).orElseThrow(() -> SnowflakeSqlException.invalid("function " + name()
                + ": unknown date or time part '" + word + "'"));
    }

    /** The word of a date part argument, or null when the argument is not one. */
    static String partWord(Expr e) {
        if (e instanceof Expr.Name n && n.parts().size() == 1) {
            return n.parts().get(0).name();
        }
        if (e instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.STRING) {
            return l.value();
        }
        return null;
    }

    /** The value of a string literal argument; an error naming the argument when it is not one. */
    String literal(int i, String what) throws SnowflakeSqlException {
        if (call.arg(i) instanceof Expr.Literal l && l.kind() == Expr.LiteralKind.STRING) {
            return l.value();
        }
        throw SnowflakeSqlException.unsupported(name() + " with a " + what + " that is not a string literal", "");
    }

    /** {@code DISTINCT } when the call has it. */
    String distinct() {
        return call.distinct() ? "DISTINCT " : "";
    }

    /** The OVER clause, translated, with a leading space; empty when the call has none. */
    String over() throws SnowflakeSqlException {
        return call.over() == null ? "" : " OVER " + Windows.translate(t, call.over());
    }

    /** The ORDER BY of WITHIN GROUP, as DuckDB writes it inside an aggregate's parentheses; empty when none. */
    String withinGroup() throws SnowflakeSqlException {
        return call.withinGroup().isEmpty() ? "" : " ORDER BY " + Windows.orderItems(t, call.withinGroup());
    }
}
