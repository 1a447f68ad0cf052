package dev.pantherkernel.emulator.data;

/**
 * One generated log table. Its rows come in two steps, both SQL run by DuckDB: "raw" rows (random
 * ones from the seed, plus the fixed rows of the {@link Story}) with a few plain attributes, and one
 * projection that turns raw rows into the log's real columns, so story rows and random rows look alike.
 */
interface LogTable {
    /** Table name in {@code panther_logs.public}. */
    String name();

    /** Panther's log type name, e.g. {@code Okta.SystemLog}. */
    String logType();

    String sourceLabel();

    String description();

    /** SELECT of {@code n} random raw rows numbered from 0; may use the generator macros of {@link SampleDataLake}. */
    String randomRaw(long n);

    /** SELECT of the story's raw rows, numbered from {@code firstId}, with the same columns as {@link #randomRaw}. */
    String storyRaw(Story story, long firstId);

    /** SELECT of the table's columns FROM {@code raw}, without the standard p_ fields. */
    String projection();

    /** SQL expressions (over the projected columns) of the p_any_* arrays, in {@link StandardFields#ANY_FIELDS} order. */
    String[] anyFields();

    /** SQL expression of the event time over the projected columns. */
    String eventTime();
}
