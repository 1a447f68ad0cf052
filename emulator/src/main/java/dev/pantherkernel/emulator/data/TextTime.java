package dev.pantherkernel.emulator.data;

import static dev.pantherkernel.emulator.datalake.sql.SqlLiterals.string;

/**
 * A time a log table writes as text inside a column (a JSON value, mostly) rather than as a timestamp column: moved
 * with every other time when the packed demo is shifted to the present. Timestamp columns move by their type alone;
 * these the generator declares ({@link LogTable#textTimes()}), beside the SQL that writes them.
 *
 * @param column the column that holds the text
 * @param path   for a time that is a whole JSON string value, its JSON path ({@code $.a.b}); null for the event's
 *               own date written inside longer text (an S3 key {@code exports/2026/01/03/part-5.json.gz})
 * @param format the strftime format the text was written in
 */
public record TextTime(String column, String path, String format) {

    /** A whole JSON string value at {@code path} holding a time written in {@code format}. */
    static TextTime at(String column, String path, String format) {
        return new TextTime(column, path, format);
    }

    /** The event's own time in {@code format} (a date, say), anywhere in the column's text. */
    static TextTime eventTime(String column, String format) {
        return new TextTime(column, null, format);
    }

    /**
     * SQL of {@code value} (this column's value of DuckDB type {@code type}, or an expression over it) with the time
     * moved by {@code shift} (SQL of an interval); {@code eventTime} is SQL of the row's event time before the move.
     * The text around the time stays as it was, byte for byte (a replace of the time's text, not a rewrite of the JSON).
     */
    public String shifted(String value, String type, String shift, String eventTime) {
        String text = "CAST(" + value + " AS VARCHAR)";
        String before;
        String after;
        if (path == null) {
            before = "strftime(" + eventTime + ", " + string(format) + ")";
            after = "strftime(" + eventTime + " + " + shift + ", " + string(format) + ")";
        } else {
            before = "json_extract_string(" + value + ", " + string(path) + ")";
            after = "strftime(strptime(" + before + ", " + string(format) + ") + " + shift + ", " + string(format) + ")";
        }
        return "CASE WHEN " + before + " IS NULL THEN " + value + " ELSE CAST(replace(" + text + ", " + before + ", " + after
                + ") AS " + type + ") END";
    }
}
