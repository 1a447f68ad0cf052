package dev.pantherkernel.magics.datalake.job;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.datalake.result.DataLakeQueryException;
import dev.pantherkernel.magics.datalake.sql.DerivedSql;
import dev.pantherkernel.magics.datalake.sql.SqlOrigin;
import dev.pantherkernel.magics.graphql.TextPlace;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;

/**
 * A data lake query's failure told where it is, as GraphQL errors are ({@link TextPlace}): Panther's message stays as
 * it is, after the place in the user's words ({@code cell line 6, column 28}), and under it the line with a caret.
 * SQL the user did not write (a chart's, a search's, a partition's condition) is quoted whole, its lines numbered and
 * the place marked, with what generated it; a place inside SQL the user wrote is named by the user's line even then.
 */
@Internal
public final class SqlFailure {

    /**
     * The SQL a query sent and where it came from.
     *
     * @param sent   the SQL sent, derived from the SQL the query was given (placeholders, LIMIT, a partition)
     * @param origin whether the SQL given was the user's, or generated
     * @param place  where the user's SQL is (a cell's line), for the place an error names
     * @param part   the partition it is ({@code time partition 2 of 4}), or null
     */
    public record Sent(DerivedSql sent, SqlOrigin origin, TextPlace place, String part) {

        /** The SQL sent as derived from the SQL the user wrote; null when none of it came from there. */
        DerivedSql fromUser() {
            if (!origin.isGenerated()) {
                return sent;
            }
            return origin.user() == null ? null : origin.user().then(sent);
        }

        /** What an error calls the SQL sent when it quotes it. */
        String name() {
            return origin.isGenerated() ? origin.name() : part != null ? part + "'s SQL" : "the SQL sent";
        }

        /** The line above the quoted SQL. */
        String heading() {
            String from = origin.isGenerated() ? origin.from() : part != null ? "made by --partitions" : null;
            return name() + (from == null ? "" : ", " + from) + ":";
        }
    }

    private SqlFailure() {
    }

    /** Panther's message on one line (Snowflake's has a line break after {@code SQL compilation error:}). */
    static String oneLine(String message) {
        return message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /**
     * {@code failure} told with its place and the SQL, when it names a place or the SQL was generated; itself otherwise
     * (a query of the user's own that was cancelled, say).
     */
    public static DataLakeQueryException placed(DataLakeQueryException failure, Sent sent) {
        String text = sent.sent().text();
        String reason = failure.reason() == null ? null : oneLine(failure.reason());
        OptionalInt at = reason == null ? OptionalInt.empty() : sent.sent().errorPlace(reason);
        DerivedSql user = sent.fromUser();
        OptionalInt mine = at.isPresent() && user != null ? user.originalOffset(at.getAsInt()) : OptionalInt.empty();
        String where = null;
        List<String> details = new ArrayList<>();
        if (mine.isPresent()) {
            int[] p = lineAndColumn(user.original(), mine.getAsInt());
            where = sent.place().describe(p[0], p[1]);
            if (!sent.origin().isGenerated()) {
                details.addAll(TextPlace.caret(user.original(), p[0], p[1]));
            }
        }
        if (sent.origin().isGenerated() || at.isPresent() && mine.isEmpty()) {
            int[] p = at.isPresent() ? lineAndColumn(text, at.getAsInt()) : new int[] {0, 0};
            if (where == null && at.isPresent()) {
                where = "line " + p[0] + ", column " + p[1] + " of " + sent.name();
            }
            details.add(sent.heading());
            details.addAll(TextPlace.numbered(text, p[0], p[1]));
        }
        if (where == null && details.isEmpty()) {
            return failure;
        }
        String message = failure.getMessage();
        if (where != null) {
            message = message.replaceFirst(" failed: ", Matcher.quoteReplacement(" failed at " + where + ": "));
        }
        return failure.retold(message, details);
    }

    /** The line (from 1) and column (from 1) of {@code offset} in {@code text}. */
    private static int[] lineAndColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}
