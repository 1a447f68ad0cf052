package dev.pantherkernel.emulator.datalake.snowflake;

/** A path given as text (GET_PATH, FLATTEN's PATH): {@code a.b[0].c}, read with the same parser as {@code v:a.b[0].c}. */
final class PathText {
    private PathText() {}

    /** A {@link Expr.Path} over a placeholder base whose steps are the path's. */
    static Expr.Path parse(String path) throws SnowflakeSqlException {
        String sql = (path.startsWith("[") ? "v" : "v:") + path;
        Tokens tokens = new Tokens(sql, Lexer.tokens(sql));
        Expr e = new QueryParser(tokens).expression();
        if (!(e instanceof Expr.Path p) || !tokens.atEnd()) {
            throw SnowflakeSqlException.invalid("invalid path '" + path + "'");
        }
        return p;
    }
}
