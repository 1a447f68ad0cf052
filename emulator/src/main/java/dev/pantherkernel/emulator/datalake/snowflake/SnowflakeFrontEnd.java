package dev.pantherkernel.emulator.datalake.snowflake;

import dev.pantherkernel.emulator.datalake.sql.SnowflakeType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Snowflake SQL in, DuckDB SQL out. The query is tokenized and parsed (never matched with regular expressions),
 * then written again for DuckDB with Snowflake's meaning: semi-structured paths, VARIANT conversions, Snowflake's
 * functions, and Panther's {@code p_occurs_*} macros. SHOW and DESCRIBE pass through to DuckDB as they are; anything
 * else that is not one read is refused.
 */
public final class SnowflakeFrontEnd {
    private static final Set<String> READS = Set.of("SELECT", "WITH", "VALUES", "SHOW", "DESCRIBE", "DESC", "(");
    private static final Set<String> PASS_THROUGH = Set.of("SHOW", "DESCRIBE", "DESC");
    /** Statements that are not reads; anything else that is not a read is a syntax error. */
    private static final Set<String> WRITES = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "CREATE", "DROP", "ALTER",
            "TRUNCATE", "COPY", "PUT", "GET", "REMOVE", "GRANT", "REVOKE", "USE", "SET", "UNSET", "CALL", "EXECUTE", "BEGIN",
            "START", "COMMIT", "ROLLBACK", "ATTACH", "DETACH", "INSTALL", "LOAD", "EXPORT", "IMPORT", "PRAGMA", "EXPLAIN",
            "UNDROP", "CHECKPOINT", "VACUUM", "ANALYZE", "COMMENT", "SUMMARIZE", "PIVOT", "UNPIVOT", "FROM");

    /**
     * The statement for DuckDB. {@code columnTypes} has the Snowflake type of each output column the front end could
     * type, by name (the result's JSON columns are VARIANT, OBJECT or ARRAY by it).
     */
    public record Translation(String sql, Map<String, SnowflakeType> columnTypes) {}

    private final TableSchemas tables;

    public SnowflakeFrontEnd(TableSchemas tables) {
        this.tables = tables;
    }

    public Translation translate(String sql) throws SnowflakeSqlException {
        try {
            return statement(sql);
        } catch (SnowflakeSqlException e) {
            throw e.locatedIn(sql);
        }
    }

    private Translation statement(String sql) throws SnowflakeSqlException {
        List<Token> tokens = Lexer.tokens(sql);
        List<List<Token>> statements = statements(tokens);
        for (List<Token> statement : statements) {
            String first = statement.get(0).kind() == Token.Kind.SYMBOL ? statement.get(0).text() : statement.get(0).upper();
            if (WRITES.contains(first)) {
                throw SnowflakeSqlException.invalid("only read statements can run here (SELECT, WITH, SHOW, DESCRIBE), not "
                        + statement.get(0).upper());
            }
            if (!READS.contains(first)) {
                throw SnowflakeSqlException.syntax(sql, statement.get(0).start(), "unexpected " + statement.get(0).shown() + ".");
            }
        }
        if (statements.size() != 1) {
            throw SnowflakeSqlException.invalid("send exactly one statement per query (got " + statements.size() + ")");
        }
        List<Token> statement = statements.get(0);
        if (PASS_THROUGH.contains(statement.get(0).upper())) {
            return new Translation(sql.substring(statement.get(0).start(), statement.get(statement.size() - 2).end()), Map.of());
        }
        Tokens in = new Tokens(sql, statement);
        Query query = new QueryParser(in).query();
        if (!in.atEnd()) {
            throw in.unexpected("");
        }
        QueryTranslator.Translated translated = new QueryTranslator(tables).query(query, null);
        Map<String, SnowflakeType> types = new LinkedHashMap<>();
        for (Relation.Column c : translated.columns()) {
            if (c.type() != null) {
                types.putIfAbsent(c.name(), c.type());
            }
        }
        return new Translation(translated.sql(), types);
    }

    /** The statements between semicolons, each ending with an END token; empty statements are dropped. */
    private static List<List<Token>> statements(List<Token> tokens) throws SnowflakeSqlException {
        List<List<Token>> out = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token t : tokens) {
            if (t.isSymbol(";") || t.kind() == Token.Kind.END) {
                if (!current.isEmpty()) {
                    current.add(new Token(Token.Kind.END, "", "", t.start(), t.start()));
                    out.add(current);
                }
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        if (out.isEmpty()) {
            throw SnowflakeSqlException.invalid("empty SQL statement");
        }
        return out;
    }
}
