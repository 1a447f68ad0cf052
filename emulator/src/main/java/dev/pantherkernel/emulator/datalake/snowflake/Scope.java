package dev.pantherkernel.emulator.datalake.snowflake;

import dev.pantherkernel.emulator.datalake.snowflake.Expr.Ident;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The names one query level sees: its FROM items, the aliases of its select list (which Snowflake lets WHERE,
 * GROUP BY, HAVING, QUALIFY and later select items use), its common table expressions, and the enclosing query's
 * names for correlated subqueries.
 */
final class Scope {
    private final Scope parent;
    private final List<Relation> relations = new ArrayList<>();
    private final Map<String, Relation> ctes = new HashMap<>();
    private final Map<String, Sql> aliases = new HashMap<>();
    private boolean aliasesVisible;

    Scope(Scope parent) {
        this.parent = parent;
    }

    Scope parent() {
        return parent;
    }

    List<Relation> relations() {
        return relations;
    }

    void add(Relation relation) {
        relations.add(relation);
    }

    void addCte(String name, Relation relation) {
        ctes.put(key(name), relation);
    }

    /** A common table expression of this level or an enclosing one. */
    Optional<Relation> cte(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Relation r = s.ctes.get(key(name));
            if (r != null) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    void addAlias(Ident alias, Sql value) {
        aliases.putIfAbsent(key(alias.name()), value);
    }

    /** Whether the clause being translated may use select aliases (all but FROM and ON). */
    void aliasesVisible(boolean visible) {
        aliasesVisible = visible;
    }

    Optional<Sql> alias(Ident name) {
        return aliasesVisible ? Optional.ofNullable(aliases.get(key(name.name()))) : Optional.empty();
    }

    boolean hasAlias(Ident name) {
        return aliases.containsKey(key(name.name()));
    }

    /** Whether some FROM item here or further out has columns the front end does not know. */
    boolean hasUnknownColumns() {
        for (Scope s = this; s != null; s = s.parent) {
            if (s.relations.stream().anyMatch(r -> !r.columnsKnown())) {
                return true;
            }
        }
        return false;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
