package dev.pantherkernel.magics.core;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * A time window as the commands and the Java API take it: from a start, or the last D (a week unless said), up to an
 * end or now. It also says itself in words for the footers of every command that has one ("last 1 minute: 2026-12-06
 * 13:20 to 13:21 UTC"), so that a window other than the one meant ({@code 1m} is a minute, a month is {@code 1mo})
 * shows at once.
 *
 * @param last the span when the window is "the last D" up to now; null when its start or end was given
 */
@Internal
public record RecentWindow(Instant from, Instant to, Duration last) {

    /** Without a start, the last week: Panther lists alerts in a window, and a week is the usual triage horizon. */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);

    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_AND_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

    public RecentWindow(Instant from, Instant to) {
        this(from, to, null);
    }

    /** The window ends at {@code to} (else {@code now}) and starts at {@code from}, else {@code since} before its end. */
    public static RecentWindow of(Duration since, Instant from, Instant to, Instant now) {
        Instant end = to == null ? now : to;
        Duration span = since == null ? DEFAULT_WINDOW : since;
        Instant start = from != null ? from : end.minus(span);
        return new RecentWindow(start, end, from == null && to == null ? span : null);
    }

    /** The last {@code span} up to {@code now}. */
    public static RecentWindow last(Duration span, Instant now) {
        return of(span, null, null, now);
    }

    /** "last 1 minute: 2026-12-06 13:20 to 13:21 UTC", or for given ends "2026-11-01 00:00 to 2026-11-08 00:00 UTC". */
    public String describe() {
        return (last == null ? "" : "last " + DurationText.words(last) + ": ") + times();
    }

    /**
     * The footer's line for a result of {@code rows} {@code things} in this window: the window, and when nothing came
     * what that means ("no alerts in the last 1 minute: ...", with the month's spelling when the span is minutes).
     */
    public String footer(long rows, String things) {
        if (rows > 0) {
            return describe();
        }
        String minutes = last != null && last.toMinutes() < 60 && last.toSeconds() % 60 == 0
                ? " (m is minutes: a month is 1mo)" : "";
        return "no " + things + " in " + (last == null ? "" : "the ") + describe() + minutes;
    }

    /** To the minute, or to the second for a window shorter than a minute; the end's date only when it differs. */
    private String times() {
        boolean seconds = Duration.between(from, to).compareTo(Duration.ofMinutes(1)) < 0;
        ChronoUnit unit = seconds ? ChronoUnit.SECONDS : ChronoUnit.MINUTES;
        Instant start = from.truncatedTo(unit);
        Instant end = to.truncatedTo(unit);
        boolean sameDay = start.truncatedTo(ChronoUnit.DAYS).equals(end.truncatedTo(ChronoUnit.DAYS));
        DateTimeFormatter full = seconds ? DAY_AND_SECONDS : DAY_AND_TIME;
        DateTimeFormatter time = seconds ? SECONDS : TIME;
        return full.format(start) + " to " + (sameDay ? time : full).format(end) + " UTC";
    }
}
