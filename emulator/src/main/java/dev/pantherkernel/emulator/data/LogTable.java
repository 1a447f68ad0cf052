package dev.pantherkernel.emulator.data;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/**
 * One generated log table. Its rows come in two steps, both SQL run by DuckDB: "raw" rows (random ones from the
 * seed, plus the fixed rows of the {@link Story}) with a few plain attributes, and the table's {@link #fields()},
 * made from raw rows, so story rows and random rows look alike.
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

    /** Helper columns ({@code expr AS name}) over the raw rows, which the fields may use. */
    default List<String> helpers() {
        return List.of();
    }

    /** The fields of Panther's schema of this log type, in its order, each made from raw rows and helpers. */
    List<Field> fields();

    /**
     * SQL (over the fields) of the values of each {@code p_any_*} column this log type fills, as a DuckDB list of
     * text; the indicator columns it does not fill stay NULL.
     */
    Map<String, String> indicators();

    /**
     * Every time this table writes as text (inside JSON, in an S3 key) rather than in a timestamp column, in any column
     * including the indicator columns made from others: shifting the packed demo moves exactly these and the
     * timestamp columns, so a time written as text and not declared here stays behind.
     */
    default List<TextTime> textTimes() {
        return List.of();
    }

    /** This table's rows as a share of the rows every table has at the data's scale. */
    default double rowShare() {
        return 1.0;
    }

    /**
     * The fields Panther's enrichment tables look this log type's addresses up by (their selectors, as panther-analysis's
     * lookup tables list them), each with SQL over the fields of its address; a {@code p_any_*} selector's SQL is a list.
     */
    default Map<String, String> enrichmentSelectors() {
        return Map.of();
    }

    /** SQL expression of the event time over the fields. */
    String eventTime();

    /** The field that holds the event time, as the log type's schema marks it ({@code isEventTime}). */
    String eventTimeField();

    /** SQL over the fields: one line that says what an event was (for summaries), such as "ConsoleLogin by ... from ...". */
    String headline();

    /** When the table's log source stopped delivering, if it did: no random row is that new. */
    default Optional<Instant> silencedAt(Story story) {
        return Optional.empty();
    }
}
