package dev.pantherkernel.emulator.datalake.snowflake;

/** Where an offset of SQL text stands, as Snowflake's messages say it: {@code line 2 at position 14} (position from 0). */
final class SqlPosition {
    private SqlPosition() {}

    static String of(String sql, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(offset, sql.length()); i++) {
            if (sql.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + " at position " + (offset - lineStart);
    }
}
