package dev.pantherkernel.magics.table;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** Reads JSON values as the column kinds want them. */
final class Values {

    private Values() {
    }

    /** ISO-8601 instants with any fraction length; a time without zone is taken as UTC (Panther's data is UTC). */
    static Instant instant(String text) {
        String t = text.strip();
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException notInstant) {
            try {
                return OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeParseException notOffset) {
                return LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            }
        }
    }

    /** A calendar date: {@code 2024-05-01}, or the date part of a timestamp. */
    static LocalDate date(String text) {
        String t = text.strip();
        return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
    }

    /** A time of day: {@code 13:45}, {@code 13:45:00}, {@code 13:45:00.123456789}. */
    static LocalTime time(String text) {
        return LocalTime.parse(text.strip());
    }

    /** A value as text: strings as they are, anything else as compact JSON. */
    static String text(JsonNode value) {
        return value.isTextual() ? value.textValue() : value.toString();
    }
}
