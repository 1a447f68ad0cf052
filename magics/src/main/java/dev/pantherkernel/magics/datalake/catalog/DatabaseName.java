package dev.pantherkernel.magics.datalake.catalog;

import java.util.Locale;

/**
 * A data lake database however it is written: Panther's docs and its catalog say {@code panther_logs.public} (the
 * database and its one schema), SQL and older servers say {@code panther_logs}, and unquoted SQL names ignore case.
 * All of them name the same database, whose key is the short form in lower case.
 */
final class DatabaseName {

    private static final String SCHEMA = ".public";

    private DatabaseName() {
    }

    /** {@code panther_logs} for {@code panther_logs}, {@code PANTHER_LOGS.PUBLIC} and {@code panther_logs.public}. */
    public static String key(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return n.endsWith(SCHEMA) ? n.substring(0, n.length() - SCHEMA.length()) : n;
    }

    public static boolean same(String a, String b) {
        return key(a).equals(key(b));
    }
}
