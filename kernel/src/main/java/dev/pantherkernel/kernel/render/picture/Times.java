package dev.pantherkernel.kernel.render.picture;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times on a date axis: plotly's date text read as UTC milliseconds ({@code 2026-11-07 00:00:00}, ISO-8601 with or
 * without a zone, a date alone), and ticks at round times with labels as a reader expects them ({@code Nov 7},
 * {@code 06:00}), the date or year under the first tick and wherever it changes.
 */
final class Times {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH);
    private static final long SECOND = 1000;
    private static final long MINUTE = 60 * SECOND;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY_MS = 24 * HOUR;
    /** Steps shorter than a month, in milliseconds; months and years are counted on the calendar. */
    private static final long[] STEPS = {SECOND, 5 * SECOND, 15 * SECOND, 30 * SECOND, MINUTE, 5 * MINUTE, 15 * MINUTE,
        30 * MINUTE, HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY_MS, 2 * DAY_MS, 7 * DAY_MS, 14 * DAY_MS};
    private static final int[] MONTH_STEPS = {1, 2, 3, 6, 12, 24, 60, 120};

    private Times() {
    }

    /** Milliseconds since the epoch, or NaN when the value is not a time. */
    static double of(JsonNode value) {
        if (value == null || !value.isTextual()) {
            return Double.NaN;
        }
        String text = value.asText().trim();
        if (text.length() < 10 || !Character.isDigit(text.charAt(0))) {
            return Double.NaN;
        }
        String iso = text.replace(' ', 'T');
        try {
            if (iso.length() == 10) {
                return LocalDate.parse(iso).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            }
            if (iso.endsWith("Z") || iso.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant().toEpochMilli();
            }
            return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC).toEpochMilli();
        } catch (DateTimeParseException e) {
            return Double.NaN;
        }
    }

    /** Ticks at round times between {@code min} and {@code max} (milliseconds), at most about {@code count} of them. */
    static List<Tick> ticks(double min, double max, int count) {
        double span = Math.max(max - min, SECOND);
        for (long step : STEPS) {
            if (span / step <= count) {
                return fixed(min, max, step);
            }
        }
        for (int months : MONTH_STEPS) {
            if (span / (months * 30.44 * DAY_MS) <= count) {
                return calendar(min, max, months);
            }
        }
        return calendar(min, max, 240);
    }

    private static List<Tick> fixed(double min, double max, long step) {
        List<Tick> ticks = new ArrayList<>();
        // weeks start on a Monday, as ISO counts them; the epoch was a Thursday
        long offset = step % (7 * DAY_MS) == 0 ? 4 * DAY_MS : 0;
        long first = (long) Math.ceil((min - offset) / step) * step + offset;
        String previous = "";
        for (long t = first; t <= max; t += step) {
            ZonedDateTime time = Instant.ofEpochMilli(t).atZone(ZoneOffset.UTC);
            String label;
            String under;
            if (step < DAY_MS) {
                label = (step < MINUTE ? SECONDS : CLOCK).format(time);
                under = DAY.format(time) + ", " + time.getYear();
            } else {
                label = DAY.format(time);
                under = Integer.toString(time.getYear());
            }
            ticks.add(new Tick(t, label, under.equals(previous) ? "" : under));
            previous = under;
        }
        return ticks;
    }

    private static List<Tick> calendar(double min, double max, int months) {
        List<Tick> ticks = new ArrayList<>();
        ZonedDateTime start = Instant.ofEpochMilli((long) min).atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS)
                .withDayOfMonth(1);
        int total = start.getYear() * 12 + start.getMonthValue() - 1;
        int aligned = (total + months - 1) / months * months;
        ZonedDateTime t = start.plusMonths(aligned - total);
        if (t.toInstant().toEpochMilli() < min) {
            t = t.plusMonths(months);
        }
        String previous = "";
        for (; t.toInstant().toEpochMilli() <= max; t = t.plusMonths(months)) {
            String year = Integer.toString(t.getYear());
            boolean yearly = months % 12 == 0;
            ticks.add(new Tick(t.toInstant().toEpochMilli(), yearly ? year : MONTH.format(t),
                    yearly || year.equals(previous) ? "" : year));
            previous = year;
        }
        return ticks;
    }
}
