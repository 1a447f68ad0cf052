package dev.pantherkernel.magics.datalake.sql;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.table.PackedInstants;
import tech.tablesaw.columns.dates.PackedLocalDate;
import tech.tablesaw.columns.times.PackedLocalTime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads the timestamps of result rows as UTC instants. The form Panther's results use,
 * {@code 2024-05-01 13:45:00.000} (optionally with {@code T}, more or fewer fraction digits, {@code Z} or an offset),
 * is read by position without allocating; ISO-8601 in other shapes, a date, and epoch seconds ({@code 1714571100.5})
 * go through java.time. A time without a zone is UTC: Panther's data is.
 */
@Internal
public final class TimestampText {

    private static final BigDecimal LARGEST_EPOCH_SECOND = BigDecimal.valueOf(Instant.MAX.getEpochSecond());
    private static final Pattern EPOCH_SECONDS = Pattern.compile("-?\\d{9,}(\\.\\d+)?");
    /** Not an offset: {@link #offsetSeconds} read something else. */
    private static final int NO_OFFSET = Integer.MIN_VALUE;

    private TimestampText() {
    }

    static Instant parse(String text) {
        char[] chars = text.toCharArray();
        Parts fast = byPosition(chars, 0, chars.length);
        Instant instant = fast == null ? null : fast.instant();
        return instant != null ? instant : general(text.strip());
    }

    /**
     * The timestamp in the packed form of Tablesaw's {@code InstantColumn}. The common form in UTC is packed from
     * its fields directly, without going through an {@link Instant} and back to a date.
     */
    public static long packed(String text) {
        char[] chars = text.toCharArray();
        return packed(chars, 0, chars.length);
    }

    /** {@link #packed(String)} of the text {@code chars[offset..offset+length)}, without a {@code String} for the common form. */
    public static long packed(char[] chars, int offset, int length) {
        Parts fast = byPosition(chars, offset, length);
        if (fast != null && fast.offsetSeconds == 0 && fast.isRealDate()) {
            return ((long) PackedLocalDate.pack(fast.year, fast.month, fast.day) << 32)
                    | (PackedLocalTime.of(fast.hour, fast.minute, fast.second, fast.nanos / 1_000_000) & 0xFFFFFFFFL);
        }
        return PackedInstants.of(parse(new String(chars, offset, length)));
    }

    /** The fields of the common form, as written. */
    private record Parts(int year, int month, int day, int hour, int minute, int second, int nanos, int offsetSeconds) {

        boolean isRealDate() {
            return day <= 28 || day <= YearMonth.of(year, month).lengthOfMonth();
        }

        /** Null when there is no such day. */
        Instant instant() {
            if (!isRealDate()) {
                return null;
            }
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds, nanos);
        }
    }

    /**
     * The common form of {@code chars[offset..offset+n)}, read by position (on the array itself: reading through a
     * {@code CharSequence} view cost a bounds check and a call per character); null when the text has another shape.
     * Kept short enough to be inlined where it is called, so that its {@link Parts} is never made: the fraction and
     * the zone are read apart.
     */
    private static Parts byPosition(char[] chars, int offset, int n) {
        int o = offset;
        if (n < 19 || chars[o + 4] != '-' || chars[o + 7] != '-' || (chars[o + 10] != ' ' && chars[o + 10] != 'T')
                || chars[o + 13] != ':' || chars[o + 16] != ':') {
            return null;
        }
        int year = digits(chars, o, 4);
        int month = digits(chars, o + 5, 2);
        int day = digits(chars, o + 8, 2);
        int hour = digits(chars, o + 11, 2);
        int minute = digits(chars, o + 14, 2);
        int second = digits(chars, o + 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        long fraction = fraction(chars, o, n);
        if (fraction < 0) {
            return null;
        }
        int end = (int) (fraction >>> 32);
        int offsetSeconds = end < n ? offsetSeconds(chars, o, end, n) : 0;
        if (offsetSeconds == NO_OFFSET) {
            return null;
        }
        return new Parts(year, month, day, hour, minute, second, (int) fraction, offsetSeconds);
    }

    /**
     * The fraction of the second after {@code chars[o+19]}, if any: its end (an index from {@code o}) in the high
     * half, its nanoseconds in the low half; -1 for a dot without digits.
     */
    private static long fraction(char[] chars, int o, int n) {
        int i = 19;
        int nanos = 0;
        if (i < n && chars[o + i] == '.') {
            int start = ++i;
            while (i < n && Character.isDigit(chars[o + i])) {
                if (i - start < 9) {
                    nanos = nanos * 10 + (chars[o + i] - '0');
                }
                i++;
            }
            if (i == start) {
                return -1;
            }
            for (int d = Math.min(i - start, 9); d < 9; d++) {
                nanos *= 10;
            }
        }
        return (long) i << 32 | nanos;
    }

    /** The zone at {@code chars[o+i..o+n)} ({@code Z} or an offset), in seconds; {@link #NO_OFFSET} for anything else. */
    private static int offsetSeconds(char[] chars, int o, int i, int n) {
        if (chars[o + i] == 'Z' && i == n - 1) {
            return 0;
        }
        try {
            return ZoneOffset.of(new String(chars, o + i, n - i)).getTotalSeconds();
        } catch (DateTimeException notOffset) {
            return NO_OFFSET;
        }
    }

    private static int digits(char[] chars, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = chars[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static Instant general(String t) {
        if (EPOCH_SECONDS.matcher(t).matches()) {
            return epochSeconds(new BigDecimal(t));
        }
        try {
            return OffsetDateTime.parse(t.replace(' ', 'T')).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notDate) {
                    throw new IllegalArgumentException("not a timestamp: " + t);
                }
            }
        }
    }

    /** Seconds since 1970 (with a fraction) as an instant. */
    public static Instant epochSeconds(BigDecimal seconds) {
        if (seconds.abs().compareTo(LARGEST_EPOCH_SECOND) > 0) {
            // checked first: 1e999999999 would otherwise be expanded to a billion digits
            throw new DateTimeException("not a time: " + seconds.toString() + " seconds since 1970 is out of range");
        }
        if (seconds.scale() > 9) {
            // finer than nanoseconds: cut to nanoseconds first (1e-999999999 would otherwise be scaled by 10^999999999)
            seconds = seconds.precision() - seconds.scale() < -9 ? BigDecimal.ZERO : seconds.setScale(9, RoundingMode.FLOOR);
        }
        BigDecimal whole = new BigDecimal(seconds.toBigInteger());
        if (seconds.signum() < 0 && whole.compareTo(seconds) != 0) {
            whole = whole.subtract(BigDecimal.ONE);
        }
        long nanos = seconds.subtract(whole).movePointRight(9).longValue();
        return Instant.ofEpochSecond(whole.longValueExact(), nanos);
    }
}
