package dev.pantherkernel.emulator.datalake.snowflake;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A date or time part as Snowflake names it, with all its abbreviations ({@code d}, {@code dd}, {@code days} ...). */
enum DatePart {
    YEAR("year", 0, List.of("y", "yy", "yyy", "yyyy", "yr", "years", "yrs")),
    QUARTER("quarter", 0, List.of("q", "qtr", "qtrs", "quarters")),
    MONTH("month", 0, List.of("mm", "mon", "mons", "months")),
    WEEK("week", 604_800, List.of("w", "wk", "weekofyear", "woy", "wy", "weeks")),
    DAY("day", 86_400, List.of("d", "dd", "days", "dayofmonth")),
    HOUR("hour", 3_600, List.of("h", "hh", "hr", "hours", "hrs")),
    MINUTE("minute", 60, List.of("m", "mi", "min", "minutes", "mins")),
    SECOND("second", 1, List.of("s", "sec", "seconds", "secs")),
    MILLISECOND("millisecond", 0, List.of("ms", "msec", "milliseconds")),
    MICROSECOND("microsecond", 0, List.of("us", "usec", "microseconds")),
    NANOSECOND("nanosecond", 0, List.of("ns", "nsec", "nanosec", "nsecond", "nanoseconds", "nanosecs"));

    private static final Map<String, DatePart> BY_NAME = new HashMap<>();

    static {
        for (DatePart p : values()) {
            BY_NAME.put(p.duckDb, p);
            p.aliases.forEach(a -> BY_NAME.put(a, p));
        }
    }

    /** DuckDB's name of the part. */
    final String duckDb;
    /** Its length in seconds when that is fixed (weeks and shorter whole seconds); 0 otherwise. */
    final long seconds;
    private final List<String> aliases;

    DatePart(String duckDb, long seconds, List<String> aliases) {
        this.duckDb = duckDb;
        this.seconds = seconds;
        this.aliases = aliases;
    }

    static Optional<DatePart> of(String name) {
        return Optional.ofNullable(BY_NAME.get(name.trim().toLowerCase(Locale.ROOT)));
    }

    /** Whether a DATE stays a DATE when this part is added to it. */
    boolean isDatePart() {
        return ordinal() <= DAY.ordinal();
    }

    /** DuckDB's interval of {@code n} (SQL text) of this part. */
    String interval(String n) {
        return switch (this) {
            case YEAR -> "to_years(CAST(" + n + " AS INTEGER))";
            case QUARTER -> "to_months(CAST(3 * (" + n + ") AS INTEGER))";
            case MONTH -> "to_months(CAST(" + n + " AS INTEGER))";
            case WEEK -> "to_weeks(CAST(" + n + " AS INTEGER))";
            case DAY -> "to_days(CAST(" + n + " AS INTEGER))";
            case HOUR -> "to_hours(CAST(" + n + " AS BIGINT))";
            case MINUTE -> "to_minutes(CAST(" + n + " AS BIGINT))";
            case SECOND -> "to_seconds(CAST(" + n + " AS DOUBLE))";
            case MILLISECOND -> "to_milliseconds(CAST(" + n + " AS DOUBLE))";
            case MICROSECOND -> "to_microseconds(CAST(" + n + " AS BIGINT))";
            case NANOSECOND -> "to_microseconds(CAST((" + n + ") // 1000 AS BIGINT))";
        };
    }
}
