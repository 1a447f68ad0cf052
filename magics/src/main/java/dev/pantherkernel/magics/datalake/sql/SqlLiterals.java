package dev.pantherkernel.magics.datalake.sql;

import dev.pantherkernel.magics.client.SentValues;
import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.PantherException;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Java values as SQL literals, for {@code {name}} in data lake SQL. Panther has no parameter binding, so the value
 * is written into the text, and safely: a string is quoted with its quotes doubled, and since Snowflake also reads
 * a backslash as an escape, each backslash is written as {@code CHR(92)} joined on with {@code ||} (the same text
 * in Snowflake and in any standard SQL engine). Numbers and booleans are written as they are; instants and zoned
 * times as UTC {@code TIMESTAMP '...'} literals (Panther's times are UTC without zone), dates as {@code DATE '...'};
 * collections and arrays as {@code (a, b, c)} for {@code IN}. A pseudonym of the session's redaction in a string is
 * written as the original it stands for ({@link SentValues}), since that is what the data lake holds.
 */
@Internal
public final class SqlLiterals {

    private static final DateTimeFormatter MILLIS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private SqlLiterals() {
    }

    /** The literal for {@code value}; {@code name} is the placeholder's name, for errors. */
    public static String of(String name, Object value) {
        return of(name, value, SentValues.AS_SHOWN);
    }

    /** {@link #of(String, Object)}, with each pseudonym in a string written as its original. */
    public static String of(String name, Object value, SentValues sent) {
        if (value instanceof Collection<?> items) {
            return list(name, new ArrayList<>(items), sent);
        }
        if (value != null && value.getClass().isArray()) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < Array.getLength(value); i++) {
                items.add(Array.get(value, i));
            }
            return list(name, items, sent);
        }
        return scalar(name, value, sent);
    }

    private static String list(String name, List<Object> items, SentValues sent) {
        if (items.isEmpty()) {
            throw new PantherException("{" + name + "} is empty, and SQL has no empty list: `IN ()` does not parse; "
                    + "leave the condition out when there is nothing to match");
        }
        List<String> literals = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Collection<?> || item != null && item.getClass().isArray()) {
                throw new PantherException("{" + name + "} holds a list inside a list; SQL takes one level: (a, b, c)");
            }
            literals.add(scalar(name, item, sent));
        }
        return "(" + String.join(", ", literals) + ")";
    }

    private static String scalar(String name, Object value, SentValues sent) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return string(sent.within(value.toString()));
        }
        if (value instanceof Enum<?> e) {
            return string(e.name());
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return signed(value.toString());
        }
        if (value instanceof BigDecimal d) {
            return signed(d.toPlainString());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new PantherException("{" + name + "} is " + d + ", which has no SQL literal; use a finite number");
            }
            return signed(BigDecimal.valueOf(d).toPlainString());
        }
        if (value instanceof Instant i) {
            return timestamp(LocalDateTime.ofInstant(i, ZoneOffset.UTC));
        }
        if (value instanceof ZonedDateTime z) {
            return timestamp(LocalDateTime.ofInstant(z.toInstant(), ZoneOffset.UTC));
        }
        if (value instanceof OffsetDateTime o) {
            return timestamp(LocalDateTime.ofInstant(o.toInstant(), ZoneOffset.UTC));
        }
        if (value instanceof LocalDateTime l) {
            return timestamp(l);
        }
        if (value instanceof LocalDate d) {
            return "DATE '" + d + "'";
        }
        throw new PantherException("{" + name + "} is a " + value.getClass().getSimpleName() + ", which has no SQL "
                + "literal; use a string, number, boolean, Instant, ZonedDateTime, LocalDate or a list of these");
    }

    /** A negative number in parentheses: after a minus, {@code -5} would make {@code --5}, a comment to the line's end. */
    private static String signed(String number) {
        return number.startsWith("-") ? "(" + number + ")" : number;
    }

    /** A string literal: quotes doubled, backslashes outside the quotes (see the class comment). */
    static String string(String value) {
        String[] pieces = value.split("\\\\", -1);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                parts.add("CHR(92)");
            }
            if (!pieces[i].isEmpty() || pieces.length == 1) {
                parts.add("'" + pieces[i].replace("'", "''") + "'");
            }
        }
        return String.join(" || ", parts);
    }

    /** Milliseconds when they say it all, else microseconds (the finest both Snowflake and most engines keep). */
    private static String timestamp(LocalDateTime time) {
        DateTimeFormatter format = time.getNano() % 1_000_000 == 0 ? MILLIS : MICROS;
        return "TIMESTAMP '" + format.format(time) + "'";
    }
}
