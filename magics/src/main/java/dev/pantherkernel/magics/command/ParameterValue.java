package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.DurationText;
import dev.pantherkernel.magics.core.TimeText;
import dev.pantherkernel.magics.core.UsageException;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** A parameter's text read as the type of the variable's current value (its default). */
final class ParameterValue {

    private ParameterValue() {
    }

    static Object read(String name, String text, Object current) {
        String t = text.strip();
        try {
            if (current instanceof Collection<?> list) {
                Object sample = list.isEmpty() ? "" : list.iterator().next();
                List<Object> items = new ArrayList<>();
                for (String item : t.isEmpty() ? new String[0] : t.split(",")) {
                    items.add(read(name, item, sample));
                }
                return List.copyOf(items);
            }
            if (current instanceof String) {
                return text;
            }
            if (current instanceof Integer) {
                return Integer.valueOf(t);
            }
            if (current instanceof Long) {
                return Long.valueOf(t);
            }
            if (current instanceof Double) {
                return Double.valueOf(t);
            }
            if (current instanceof Float) {
                return Float.valueOf(t);
            }
            if (current instanceof Boolean) {
                if (!t.equalsIgnoreCase("true") && !t.equalsIgnoreCase("false")) {
                    throw new IllegalArgumentException("not true or false");
                }
                return Boolean.valueOf(t);
            }
            if (current instanceof Duration) {
                return t.toUpperCase(Locale.ROOT).startsWith("P") ? Duration.parse(t) : DurationText.parse("", t);
            }
            if (current instanceof Instant) {
                return TimeText.parse("", t);
            }
            if (current instanceof LocalDate) {
                return LocalDate.parse(t);
            }
            if (current instanceof Enum<?> constant) {
                return enumConstant(constant.getDeclaringClass(), t);
            }
        } catch (NumberFormatException | DateTimeParseException | UsageException e) {
            throw new UsageException("parameter " + name + "=" + text + ": not a " + current.getClass().getSimpleName()
                    + " like its default " + current);
        } catch (IllegalArgumentException e) {
            throw new UsageException("parameter " + name + "=" + text + ": " + e.getMessage() + " (its default is " + current + ")");
        }
        throw new UsageException("parameter " + name + " is a " + current.getClass().getSimpleName() + ": parameters take "
                + "strings, numbers, booleans, durations, times (Instant), dates (LocalDate), enum constants and lists of them");
    }

    private static Object enumConstant(Class<?> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(c -> ((Enum<?>) c).name().equalsIgnoreCase(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not one of " + Arrays.toString(type.getEnumConstants())));
    }
}
