package dev.pantherkernel.emulator.datalake.snowflake;

import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.ARRAY;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.BOOLEAN;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.NUMBER;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.VARCHAR;

import dev.pantherkernel.emulator.datalake.snowflake.Functions.Handler;
import dev.pantherkernel.emulator.datalake.sql.SnowflakeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * ARRAY functions. An ARRAY is a JSON array in DuckDB; its elements are compared as VARIANT values, so
 * {@code ARRAY_CONTAINS('x'::VARIANT, arr)} finds the string "x", and a plain string argument is made a VARIANT
 * first, as Snowflake does.
 */
final class ArrayFunctions {
    private ArrayFunctions() {}

    static void register(Map<String, Handler> h) {
        h.put("ARRAY_CONSTRUCT", c -> c.translator().array(c.args()));
        h.put("ARRAY_CONSTRUCT_COMPACT", c -> {
            List<Sql> items = new ArrayList<>();
            for (Sql a : c.args()) {
                if (!a.isNull()) {
                    items.add(a);
                }
            }
            return compact(c.translator().array(items).text());
        });
        h.put("ARRAY_SIZE", c -> {
            c.arity(1, 1);
            String a = c.variant(0);
            return Sql.of("CASE WHEN json_type(" + a + ") = 'ARRAY' THEN json_array_length(" + a + ") END", NUMBER);
        });
        h.put("ARRAY_CONTAINS", c -> {
            c.arity(2, 2);
            return Sql.of("list_contains(" + elements(c, 1) + ", " + c.variant(0) + ")", BOOLEAN);
        });
        h.put("ARRAY_POSITION", c -> {
            c.arity(2, 2);
            return Sql.of("(nullif(list_position(" + elements(c, 1) + ", " + c.variant(0) + "), 0) - 1)", NUMBER);
        });
        h.put("ARRAYS_OVERLAP", c -> {
            c.arity(2, 2);
            return Sql.of("list_has_any(" + elements(c, 0) + ", " + elements(c, 1) + ")", BOOLEAN);
        });
        h.put("ARRAY_TO_STRING", c -> {
            c.arity(2, 2);
            return Sql.of("array_to_string(list_transform(" + elements(c, 0) + ", e -> coalesce(json_extract_string(e, '$'), '')), "
                    + c.varchar(1) + ")", VARCHAR);
        });
        h.put("ARRAY_COMPACT", c -> {
            c.arity(1, 1);
            return compact(c.variant(0));
        });
        h.put("ARRAY_DISTINCT", c -> {
            c.arity(1, 1);
            String list = elements(c, 0);
            return Sql.of("to_json(list_filter(list_transform(list_zip(" + list + ", generate_series(1, len(" + list + "))), "
                    + "p -> CASE WHEN list_position(" + list + ", p[1]) = p[2] THEN p[1] END), e -> e IS NOT NULL))", ARRAY);
        });
        h.put("ARRAY_EXCEPT", c -> {
            c.arity(2, 2);
            String other = elements(c, 1);
            return Sql.of("to_json(list_filter(" + elements(c, 0) + ", e -> NOT list_contains(" + other + ", e)))", ARRAY);
        });
        h.put("ARRAY_INTERSECTION", c -> {
            c.arity(2, 2);
            String other = elements(c, 1);
            return Sql.of("to_json(list_filter(" + elements(c, 0) + ", e -> list_contains(" + other + ", e)))", ARRAY);
        });
        h.put("ARRAY_CAT", c -> {
            c.arity(2, 2);
            return Sql.of("to_json(list_concat(" + elements(c, 0) + ", " + elements(c, 1) + "))", ARRAY);
        });
        h.put("ARRAY_APPEND", c -> {
            c.arity(2, 2);
            return Sql.of("to_json(list_append(" + elements(c, 0) + ", " + c.variant(1) + "))", ARRAY);
        });
        h.put("ARRAY_PREPEND", c -> {
            c.arity(2, 2);
            return Sql.of("to_json(list_prepend(" + c.variant(1) + ", " + elements(c, 0) + "))", ARRAY);
        });
        h.put("ARRAY_SLICE", c -> {
            c.arity(3, 3);
            String list = elements(c, 0);
            // Snowflake: from index (0-based, inclusive) to index (exclusive); negative ones count from the end
            String from = "CAST(" + c.number(1) + " AS BIGINT)";
            String to = "CAST(" + c.number(2) + " AS BIGINT)";
            return Sql.of("to_json(list_slice(" + list + ", CASE WHEN " + from + " < 0 THEN len(" + list + ") + " + from + " + 1 ELSE "
                    + from + " + 1 END, CASE WHEN " + to + " < 0 THEN len(" + list + ") + " + to + " ELSE " + to + " END))", ARRAY);
        });
        h.put("ARRAY_MAX", c -> extreme(c, "list_max"));
        h.put("ARRAY_MIN", c -> extreme(c, "list_min"));
    }

    /** The argument's elements as a DuckDB list of JSON values (NULL when it is not an array). */
    private static String elements(CallContext c, int i) throws SnowflakeSqlException {
        return HelperMacros.call("sf_elements", c.variant(i));
    }

    private static Sql compact(String array) {
        return Sql.of("to_json(list_filter(" + HelperMacros.call("sf_elements", array) + ", e -> json_type(e) <> 'NULL'))", ARRAY);
    }

    private static Sql extreme(CallContext c, String duck) throws SnowflakeSqlException {
        c.arity(1, 1);
        return Sql.of(duck + "(" + elements(c, 0) + ")", SnowflakeType.VARIANT);
    }
}
