package dev.pantherkernel.magics.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Times as ISO-8601: {@code 2026-11-01T08:00:00Z}, with an offset, without a zone (UTC), or a date (its midnight UTC). */
@Internal
public final class TimeText {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private TimeText() {
    }

    public static Instant parse(String option, String text) {
        String t = text == null ? "" : text.strip();
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeParseException notOffset) {
                try {
                    return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException notLocal) {
                    try {
                        return LocalDate.parse(t).atStartOfDay().toInstant(ZoneOffset.UTC);
                    } catch (DateTimeParseException notDate) {
                        throw new UsageException(option + " " + text
                                + ": write an ISO-8601 time like 2026-11-01T08:00:00Z or a date like 2026-11-01");
                    }
                }
            }
        }
    }

    /** The form Panther's DateTime scalar is written in, always with milliseconds: {@code 2026-11-30T12:00:00.000Z}. */
    public static String format(Instant instant) {
        return DATE_TIME.format(instant);
    }
}
