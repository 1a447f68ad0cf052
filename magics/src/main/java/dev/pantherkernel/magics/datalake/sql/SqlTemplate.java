package dev.pantherkernel.magics.datalake.sql;

import dev.pantherkernel.magics.client.SentValues;
import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.PantherException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the placeholders of data lake SQL: {@code {name}} becomes the value of the variable {@code name} as a safe
 * SQL literal ({@link SqlLiterals}), and {@code {name!ident}} its value as a table or column name the catalog knows,
 * or, as a key of a Snowflake path ({@code actor:{field!ident}}), as that key (quoted when it is not a plain name).
 * Placeholders are found only in code, never inside string literals, quoted names or comments; one inside a string
 * literal stays as written, with a warning, because a literal inside a literal cannot be what was meant. A pseudonym of
 * the session's redaction goes to the data lake as its original: in a value, and in a string literal written in the
 * SQL ({@code WHERE ip = 'ip-3f9a1c2b7d04.redacted'}), which is then written again, quoted as any value is.
 */
@Internal
public final class SqlTemplate {

    private static final Pattern IN_STRING = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_$]*)(!ident)?}");
    /** A key Snowflake reads without quotes (keys are case-sensitive either way). */
    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    /** Checks and writes an identifier placeholder: (placeholder name, value) to SQL text, or an error. */
    @FunctionalInterface
    public interface Identifiers {
        String identifier(String placeholder, Object value);
    }

    /**
     * The SQL with its placeholders filled (each value standing for its placeholder), and what the user should know;
     * {@code parsed} is the filled SQL scanned: the SQL given itself when no placeholder changed it.
     */
    public record Filled(DerivedSql derived, List<String> warnings, ParsedSql parsed) {

        public String sql() {
            return derived.text();
        }
    }

    private SqlTemplate() {
    }

    public static Filled fill(String sql, Function<String, Optional<Object>> variables, Identifiers identifiers) {
        return fill(ParsedSql.of(sql), variables, identifiers, SentValues.AS_SHOWN);
    }

    public static Filled fill(ParsedSql parsed, Function<String, Optional<Object>> variables, Identifiers identifiers,
                              SentValues sent) {
        String sql = parsed.text();
        List<SqlToken> tokens = parsed.tokens();
        DerivedSql.Builder out = DerivedSql.newDerivedSql(sql);
        List<String> warnings = new ArrayList<>();
        int copied = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqlToken token = tokens.get(i);
            if (token.kind() == SqlToken.Kind.STRING) {
                warnAboutPlaceholdersIn(token, variables, warnings);
                Optional<String> original = originalLiteral(token, sent);
                if (original.isPresent()) {
                    out.copy(copied, token.start()).write(original.get(), token.start());
                    copied = token.end();
                }
                continue;
            }
            int length = placeholderLength(tokens, i);
            if (length == 0) {
                continue;
            }
            String name = tokens.get(i + 1).text();
            Object value = variables.apply(name).orElseThrow(() -> new PantherException("{" + name + "} in the SQL: "
                    + "there is no Java variable " + name + "; declare it in a Java cell first, or remove the braces"));
            boolean ident = length == 5;
            String text = !ident ? SqlLiterals.of(name, value, sent)
                    : atPathKey(tokens, i) ? pathKey(name, value) : identifiers.identifier(name, value);
            out.copy(copied, token.start()).write(text, token.start());
            copied = tokens.get(i + length - 1).end();
            i += length - 1;
        }
        out.copy(copied, sql.length());
        DerivedSql filled = out.build();
        return new Filled(filled, warnings, filled.text().equals(sql) ? parsed : ParsedSql.of(filled.text()));
    }

    /**
     * A single-quoted literal holding pseudonyms, written again with their originals; empty for any other (one with a
     * backslash, whose escapes Snowflake reads, is left as written).
     */
    private static Optional<String> originalLiteral(SqlToken literal, SentValues sent) {
        String text = literal.text();
        if (text.length() < 2 || text.charAt(0) != '\'' || text.charAt(text.length() - 1) != '\'' || text.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        String value = text.substring(1, text.length() - 1).replace("''", "'");
        String original = sent.within(value);
        return original.equals(value) ? Optional.empty() : Optional.of(SqlLiterals.string(original));
    }

    /**
     * How many tokens the placeholder at {@code i} spans, written without spaces: 3 for {@code {name}}, 5 for
     * {@code {name!ident}}; 0 when none starts there.
     */
    private static int placeholderLength(List<SqlToken> tokens, int i) {
        if (!tokens.get(i).isSymbol('{') || i + 2 >= tokens.size()) {
            return 0;
        }
        SqlToken name = tokens.get(i + 1);
        if (name.kind() != SqlToken.Kind.WORD || name.start() != tokens.get(i).end()) {
            return 0;
        }
        if (adjacentSymbol(tokens, i + 2, '}', name)) {
            return 3;
        }
        boolean ident = i + 4 < tokens.size() && adjacentSymbol(tokens, i + 2, '!', name)
                && tokens.get(i + 3).isWord("ident") && tokens.get(i + 3).start() == tokens.get(i + 2).end()
                && adjacentSymbol(tokens, i + 4, '}', tokens.get(i + 3));
        return ident ? 5 : 0;
    }

    /** Whether a placeholder at {@code i} stands where a path key would: after {@code a:} or {@code a:b.}. */
    private static boolean atPathKey(List<SqlToken> tokens, int i) {
        if (i < 1) {
            return false;
        }
        SqlToken before = tokens.get(i - 1);
        if (before.isSymbol(':')) {
            return !SqlPaths.isDoubleColon(tokens, i - 1);
        }
        return before.isSymbol('.') && i >= 2 && (SqlPaths.isPathKey(tokens, i - 2) || tokens.get(i - 2).isSymbol(']'));
    }

    /** A path key from a variable: a plain name as it is, any other text in double quotes. */
    private static String pathKey(String placeholder, Object value) {
        if (!(value instanceof CharSequence)) {
            throw new PantherException("{" + placeholder + "!ident} after ':' takes a string that names a key, not a "
                    + (value == null ? "null" : value.getClass().getSimpleName()));
        }
        String key = value.toString();
        if (key.isEmpty() || key.indexOf('"') >= 0) {
            throw new PantherException("{" + placeholder + "!ident}: '" + key + "' cannot be a key in a path "
                    + "(it is empty or holds a double quote)");
        }
        return PLAIN_KEY.matcher(key).matches() ? key : "\"" + key + "\"";
    }

    private static boolean adjacentSymbol(List<SqlToken> tokens, int i, char symbol, SqlToken before) {
        return tokens.get(i).isSymbol(symbol) && tokens.get(i).start() == before.end();
    }

    private static void warnAboutPlaceholdersIn(SqlToken literal, Function<String, Optional<Object>> variables,
                                                List<String> warnings) {
        Matcher m = IN_STRING.matcher(literal.text());
        while (m.find()) {
            if (variables.apply(m.group(1)).isPresent()) {
                warnings.add(m.group() + " is inside a string literal, so it was left as written; to use the value of "
                        + m.group(1) + ", write it outside the quotes (for a pattern: '%' || {" + m.group(1) + "} || '%')");
            }
        }
    }
}
