package dev.pantherkernel.emulator.datalake.snowflake;

import dev.pantherkernel.emulator.datalake.snowflake.Expr.Ident;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Finds what a column name means, the way Snowflake does: a column of this level's FROM items, else one of its
 * select aliases (where the clause allows them), else a column of an enclosing query. {@code t.c} names column
 * {@code c} of FROM item {@code t}; {@code obj.field} on an OBJECT column is an error that says to write
 * {@code obj:field}.
 */
final class NameResolver {
    private final Scope scope;

    NameResolver(Scope scope) {
        this.scope = scope;
    }

    Sql resolve(Expr.Name name) throws SnowflakeSqlException {
        List<Ident> parts = name.parts();
        return parts.size() == 1 ? single(parts.get(0)) : qualified(parts);
    }

    private Sql single(Ident id) throws SnowflakeSqlException {
        for (Scope s = scope; s != null; s = s.parent()) {
            for (Relation r : s.relations()) {
                Optional<Relation.Column> column = r.column(id);
                if (column.isPresent()) {
                    return Sql.of(ExpressionTranslator.quote(id), column.get().type());
                }
            }
            if (s == scope) {
                Optional<Sql> alias = s.alias(id);
                if (alias.isPresent()) {
                    return Sql.of(alias.get().wrapped(), alias.get().type());
                }
            }
            if (s.relations().stream().anyMatch(r -> !r.columnsKnown())) {
                return Sql.of(ExpressionTranslator.quote(id), null);
            }
        }
        throw invalidIdentifier(List.of(id));
    }

    private Sql qualified(List<Ident> parts) throws SnowflakeSqlException {
        Ident qualifier = parts.get(parts.size() - 2);
        Ident column = parts.get(parts.size() - 1);
        for (Scope s = scope; s != null; s = s.parent()) {
            for (Relation r : s.relations()) {
                if (!r.isNamed(qualifier)) {
                    continue;
                }
                if (!r.columnsKnown()) {
                    return Sql.of(quoted(parts), null);
                }
                Optional<Relation.Column> c = r.column(column);
                if (c.isEmpty()) {
                    throw invalidIdentifier(parts);
                }
                return Sql.of(quoted(parts), c.get().type());
            }
        }
        if (parts.size() == 2) {
            for (Scope s = scope; s != null; s = s.parent()) {
                for (Relation r : s.relations()) {
                    Optional<Relation.Column> c = r.column(qualifier);
                    if (c.isPresent() && c.get().type() != null && c.get().type().isSemiStructured()) {
                        throw SnowflakeSqlException.at(parts.get(0).start(), "invalid identifier '" + shown(parts) + "': " + qualifier.name()
                                + " is a column, not a table; to read a field of " + c.get().type() + " column "
                                + qualifier.name() + " in Snowflake, write " + qualifier.name() + ":" + column.name());
                    }
                }
            }
        }
        if (scope.hasUnknownColumns()) {
            return Sql.of(quoted(parts), null);
        }
        throw invalidIdentifier(parts);
    }

    /** Snowflake's error for a name that resolves to nothing, pointing at where it is written. */
    static SnowflakeSqlException invalidIdentifier(List<Ident> parts) {
        return SnowflakeSqlException.at(parts.get(0).start(), "invalid identifier '" + shown(parts) + "'");
    }

    /** The name as Snowflake's messages write it: {@code C.EVENTNAM}, {@code "eventNam"}. */
    static String shown(List<Ident> parts) {
        StringJoiner out = new StringJoiner(".");
        parts.forEach(p -> out.add(p.shown()));
        return out.toString();
    }

    private static String quoted(List<Ident> parts) {
        StringJoiner out = new StringJoiner(".");
        parts.forEach(p -> out.add(ExpressionTranslator.quote(p)));
        return out.toString();
    }
}
