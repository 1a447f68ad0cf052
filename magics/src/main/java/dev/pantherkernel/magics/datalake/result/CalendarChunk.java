package dev.pantherkernel.magics.datalake.result;

import com.fasterxml.jackson.core.JsonParser;
import tech.tablesaw.columns.dates.PackedLocalDate;
import tech.tablesaw.columns.times.PackedLocalTime;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;

/**
 * Dates and times of day, kept in Tablesaw's packed form. Each is read as text ({@code 2024-05-01},
 * {@code 13:45:00.000}) or as the number Snowflake's own result format uses (days since 1970-01-01, seconds since
 * midnight).
 */
abstract sealed class CalendarChunk extends ColumnChunk permits CalendarChunk.Dates, CalendarChunk.Times {

    protected int[] values;

    CalendarChunk(int capacity) {
        super(capacity);
        values = new int[capacity];
    }

    @Override
    void value(JsonParser parser, int row) throws IOException {
        try {
            values[row] = switch (parser.currentToken()) {
                case VALUE_STRING -> fromText(parser.getText().strip());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> fromNumber(parser.getDecimalValue());
                default -> throw misfit(parser, what());
            };
        } catch (DateTimeException | NumberFormatException | ArithmeticException e) {
            throw misfit(parser, what());
        }
    }

    abstract String what();

    abstract int fromText(String text);

    abstract int fromNumber(BigDecimal number);

    @Override
    void resize(int capacity) {
        values = Arrays.copyOf(values, capacity);
    }

    /** Calendar dates. */
    static final class Dates extends CalendarChunk {
        Dates(int capacity) {
            super(capacity);
        }

        @Override
        String what() {
            return "a date";
        }

        @Override
        int fromText(String text) {
            if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
                return fromNumber(new BigDecimal(text));
            }
            return PackedLocalDate.pack(LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text));
        }

        @Override
        int fromNumber(BigDecimal number) {
            return PackedLocalDate.pack(LocalDate.ofEpochDay(number.longValueExact()));
        }

        @Override
        ColumnJoin join(String name, int rows) {
            return new ColumnJoin.Calendar(name, rows, true);
        }
    }

    /** Times of day, to the millisecond (as Tablesaw keeps them). */
    static final class Times extends CalendarChunk {
        Times(int capacity) {
            super(capacity);
        }

        @Override
        String what() {
            return "a time of day";
        }

        @Override
        int fromText(String text) {
            return text.contains(":") ? PackedLocalTime.pack(LocalTime.parse(text)) : fromNumber(new BigDecimal(text));
        }

        @Override
        int fromNumber(BigDecimal seconds) {
            return PackedLocalTime.pack(LocalTime.ofNanoOfDay(seconds.movePointRight(9).longValueExact()));
        }

        @Override
        ColumnJoin join(String name, int rows) {
            return new ColumnJoin.Calendar(name, rows, false);
        }
    }
}
