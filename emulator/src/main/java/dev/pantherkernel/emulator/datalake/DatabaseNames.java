package dev.pantherkernel.emulator.datalake;

import java.util.Locale;
import java.util.Optional;
import java.util.Collection;

/**
 * What the data lake's databases are called. Panther's docs and public clients name them schema-qualified
 * ({@code panther_logs.public}), and so does the emulator unless told otherwise; the short form
 * ({@code panther_logs}) is accepted everywhere as well, in any case, as Snowflake reads unquoted names. Inside,
 * each database is a DuckDB catalog named by its short form (its key).
 */
public final class DatabaseNames {

    /** How the catalog and the history name a database. */
    public enum Style {
        /** {@code panther_logs.public}, as Panther names them. */
        QUALIFIED,
        /** {@code panther_logs}, as the emulator did before. */
        SHORT
    }

    private static final String SCHEMA = ".public";

    private final Style style;

    public DatabaseNames(Style style) {
        this.style = style;
    }

    /** The name the API shows for the database whose key is {@code key}. */
    public String shown(String key) {
        return style == Style.QUALIFIED ? key + SCHEMA : key;
    }

    /** The key a client's name stands for ({@code PANTHER_LOGS.PUBLIC} and {@code panther_logs} both give {@code panther_logs}). */
    public static String key(String requested) {
        String name = requested == null ? "" : requested.strip().toLowerCase(Locale.ROOT);
        return name.endsWith(SCHEMA) ? name.substring(0, name.length() - SCHEMA.length()) : name;
    }

    /** The key of {@code requested} if it is one of {@code keys}. */
    public static Optional<String> find(String requested, Collection<String> keys) {
        String key = key(requested);
        return keys.contains(key) ? Optional.of(key) : Optional.empty();
    }
}
