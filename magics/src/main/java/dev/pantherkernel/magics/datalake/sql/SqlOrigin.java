package dev.pantherkernel.magics.datalake.sql;

import dev.pantherkernel.magics.core.Internal;


/**
 * Where the SQL of a data lake query came from, for the errors that quote it: the user wrote it (a cell, a string in
 * Java), or something generated it from options (the kernel for a chart, Panther for a search), perhaps around SQL
 * the user wrote (a cell's query inside a chart's).
 *
 * @param name what errors call generated SQL ({@code the chart's SQL}); null when the user wrote it
 * @param from what it was generated from ({@code generated from --table aws_cloudtrail --x p_event_time ...})
 * @param user how the generated SQL derives from SQL the user wrote; null when none of it did
 */
@Internal
public record SqlOrigin(String name, String from, DerivedSql user) {

    /** The user wrote the SQL. */
    public static final SqlOrigin WRITTEN = new SqlOrigin(null, null, null);

    /** SQL generated from options, around SQL the user wrote ({@code user}) or none (null). */
    public static SqlOrigin generated(String name, String from, DerivedSql user) {
        return new SqlOrigin(name, from, user);
    }

    public boolean isGenerated() {
        return name != null;
    }
}
