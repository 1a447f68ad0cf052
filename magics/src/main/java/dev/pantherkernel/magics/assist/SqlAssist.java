package dev.pantherkernel.magics.assist;

import dev.pantherkernel.magics.datalake.catalog.CatalogTable.CatalogColumn;
import dev.pantherkernel.magics.datalake.catalog.CatalogDatabase;
import dev.pantherkernel.magics.datalake.catalog.CatalogTable;
import dev.pantherkernel.magics.datalake.catalog.KnownTables;
import dev.pantherkernel.magics.datalake.sql.SqlStatements;
import dev.pantherkernel.magics.datalake.sql.TableName;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Tab and shift-tab inside a {@code %%panther sql} cell: after FROM or JOIN the tables (bare and qualified),
 * elsewhere the columns of the tables the statement reads, Panther's {@code p_occurs_*} macros and SQL keywords and
 * functions; after {@code ::} the types of a cast. Inside strings and comments, and on the keys of a Snowflake path
 * ({@code actor:alternateId}, whose keys the catalog does not know), nothing is offered. Shift-tab on a table or
 * column shows its type, on a path key the column it reads from. Names come from the data lake catalog, cached per
 * connection, or from the tables kept from its last listing while the catalog is being read.
 */
final class SqlAssist {

    private static final List<String> KEYWORDS = List.of("SELECT", "FROM", "WHERE", "AND", "OR", "NOT", "IN", "LIKE",
            "ILIKE", "IS", "NULL", "JOIN", "LEFT", "INNER", "ON", "GROUP", "BY", "ORDER", "HAVING", "LIMIT", "AS",
            "DISTINCT", "COUNT", "SUM", "MIN", "MAX", "AVG", "CASE", "WHEN", "THEN", "ELSE", "END", "DESC", "ASC",
            "BETWEEN", "WITH", "UNION", "ALL", "QUALIFY", "OVER", "PARTITION", "LATERAL", "FLATTEN", "ARRAY_CONTAINS",
            "ARRAY_SIZE", "ARRAY_AGG", "ARRAYS_OVERLAP", "OBJECT_CONSTRUCT", "PARSE_JSON", "DATEADD", "DATEDIFF", "DATE_TRUNC",
            "TIME_SLICE", "TO_VARCHAR", "TO_TIMESTAMP", "CURRENT_TIMESTAMP", "IFF", "NVL", "COUNT_IF", "SPLIT_PART",
            "REGEXP_LIKE", "REGEXP_SUBSTR", "LISTAGG", "ROW_NUMBER");

    private final KnownTables catalog;
    private final String database;

    public SqlAssist(KnownTables catalog, String database) {
        this.catalog = catalog;
        this.database = database;
    }

    public Optional<Completion> complete(String sql, int cursor) {
        int end = Math.min(cursor, sql.length());
        SqlStatements.Spot spot = SqlStatements.spotAt(sql, end);
        if (spot == SqlStatements.Spot.LITERAL || spot == SqlStatements.Spot.PATH_KEY) {
            return Optional.empty();
        }
        int start = wordStart(sql, end);
        String partial = sql.substring(start, end);
        if (spot == SqlStatements.Spot.CAST_TYPE) {
            String needle = partial.toLowerCase(Locale.ROOT);
            List<String> types = SqlStatements.CAST_TYPES.stream().filter(t -> t.startsWith(needle)).toList();
            return types.isEmpty() ? Optional.empty() : Optional.of(new Completion(types, start, end));
        }
        Set<String> candidates = new LinkedHashSet<>();
        int replaceFrom = start;
        if (afterTableKeyword(sql, start)) {
            candidates.addAll(tableNames(partial));
        } else {
            int dot = partial.lastIndexOf('.');
            String prefix = dot < 0 ? "" : partial.substring(0, dot + 1);
            replaceFrom = start + prefix.length();
            for (CatalogTable table : tablesOf(sql)) {
                table.columns().forEach(c -> candidates.add(c.name()));
            }
            if (prefix.isEmpty()) {
                SqlStatements.TIME_MACROS.forEach(m -> candidates.add(m.substring(0, m.indexOf('(') + 1)));
                candidates.addAll(KEYWORDS);
            }
            partial = partial.substring(prefix.length());
        }
        String needle = partial.toLowerCase(Locale.ROOT);
        List<String> matches = candidates.stream().filter(c -> c.toLowerCase(Locale.ROOT).startsWith(needle)).toList();
        return matches.isEmpty() ? Optional.empty() : Optional.of(new Completion(matches, replaceFrom, end));
    }

    public Optional<String> inspect(String sql, int cursor) {
        int at = Math.min(cursor, sql.length());
        int start = wordStart(sql, at);
        int end = at;
        while (end < sql.length() && isNameChar(sql.charAt(end))) {
            end++;
        }
        String word = sql.substring(start, end);
        if (word.isEmpty()) {
            return Optional.empty();
        }
        Optional<String[]> path = SqlStatements.pathAt(sql, at);
        if (path.isPresent()) {
            return describePath(sql, path.get()[0], path.get()[1]);
        }
        for (String macro : SqlStatements.TIME_MACROS) {
            if (macro.startsWith(word + "(")) {
                return Optional.of(macro + "\nfilters on p_event_time (or the given column), as Panther's data lake does");
            }
        }
        if (afterTableKeyword(sql, start)) {
            return catalog.table(TableName.parse(word), database).map(SqlAssist::describe);
        }
        String column = word.contains(".") ? word.substring(word.lastIndexOf('.') + 1) : word;
        for (CatalogTable table : tablesOf(sql)) {
            Optional<CatalogColumn> found = table.column(column);
            if (found.isPresent()) {
                CatalogColumn c = found.get();
                return Optional.of(c.name() + ": " + c.type() + "  (" + table.qualifiedName() + ")"
                        + (c.description() == null || c.description().isBlank() ? "" : "\n\n" + c.description()));
            }
        }
        return catalog.table(TableName.parse(word), database).map(SqlAssist::describe);
    }

    /** A path key: the path reads into a column; without a cast its value is a VARIANT. */
    private Optional<String> describePath(String sql, String root, String path) {
        for (CatalogTable table : tablesOf(sql)) {
            Optional<CatalogColumn> found = table.column(root);
            if (found.isPresent()) {
                return Optional.of(path + ": VARIANT  (a key of " + found.get().name() + ", " + found.get().type() + ", in "
                        + table.qualifiedName() + ")\n\nA missing key reads as NULL; add ::string, ::number, ::timestamp ... "
                        + "to read the value as that type");
            }
        }
        return Optional.empty();
    }

    private List<String> tableNames(String partial) {
        List<String> names = new ArrayList<>();
        if (partial.contains(".")) {
            for (CatalogDatabase db : catalog.databases()) {
                if (db.name().toLowerCase(Locale.ROOT).startsWith(partial.substring(0, partial.indexOf('.')).toLowerCase(Locale.ROOT))) {
                    catalog.tables(db.name()).forEach(t -> names.add(t.qualifiedName()));
                }
            }
            return names;
        }
        catalog.tables(database).forEach(t -> names.add(t.name()));
        catalog.tables(database).forEach(t -> names.add(t.qualifiedName()));
        return names;
    }

    private List<CatalogTable> tablesOf(String sql) {
        List<CatalogTable> tables = new ArrayList<>();
        for (TableName name : SqlStatements.tablesIn(sql)) {
            catalog.table(name, database).ifPresent(tables::add);
        }
        return tables;
    }

    private static String describe(CatalogTable table) {
        StringBuilder out = new StringBuilder(table.qualifiedName());
        if (!table.logType().isBlank()) {
            out.append("  (log type ").append(table.logType()).append(')');
        }
        if (!table.description().isBlank()) {
            out.append("\n").append(table.description());
        }
        out.append("\n");
        table.columns().forEach(c -> out.append("\n  ").append(c.name()).append(": ").append(c.type()));
        return out.toString();
    }

    /** Whether the word starting at {@code start} follows FROM or JOIN. */
    private static boolean afterTableKeyword(String sql, int start) {
        int i = start;
        while (i > 0 && Character.isWhitespace(sql.charAt(i - 1))) {
            i--;
        }
        int wordEnd = i;
        while (i > 0 && Character.isLetter(sql.charAt(i - 1))) {
            i--;
        }
        String previous = sql.substring(i, wordEnd).toUpperCase(Locale.ROOT);
        return previous.equals("FROM") || previous.equals("JOIN");
    }

    private static int wordStart(String sql, int end) {
        int start = end;
        while (start > 0 && isNameChar(sql.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static boolean isNameChar(char c) {
        return c == '_' || c == '.' || c == '$' || Character.isLetterOrDigit(c);
    }
}
