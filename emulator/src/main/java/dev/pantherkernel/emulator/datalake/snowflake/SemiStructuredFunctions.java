package dev.pantherkernel.emulator.datalake.snowflake;

import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.ARRAY;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.BOOLEAN;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.OBJECT;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.VARCHAR;
import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.VARIANT;

import dev.pantherkernel.emulator.datalake.snowflake.Functions.Handler;
import dev.pantherkernel.emulator.datalake.sql.SnowflakeType;
import dev.pantherkernel.emulator.datalake.sql.SqlLiterals;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** VARIANT and OBJECT functions: parsing JSON, building objects, reading keys and paths, types of values. */
final class SemiStructuredFunctions {
    private SemiStructuredFunctions() {}

    static void register(Map<String, Handler> h) {
        h.put("PARSE_JSON", c -> {
            c.arity(1, 2);
            return Sql.of("json(" + c.varchar(0) + ")", VARIANT);
        });
        h.put("TRY_PARSE_JSON", c -> {
            c.arity(1, 2);
            String text = c.varchar(0);
            return Sql.of("CASE WHEN json_valid(" + text + ") THEN json(" + text + ") END", VARIANT);
        });
        h.put("CHECK_JSON", c -> {
            c.arity(1, 1);
            String text = c.varchar(0);
            return Sql.of("CASE WHEN " + text + " IS NULL OR json_valid(" + text + ") THEN NULL ELSE 'invalid JSON' END", VARCHAR);
        });
        h.put("TO_JSON", c -> {
            c.arity(1, 1);
            return Sql.of("CAST(" + c.variant(0) + " AS VARCHAR)", VARCHAR);
        });
        h.put("TO_VARIANT", c -> {
            c.arity(1, 1);
            return Sql.of(c.variant(0), VARIANT);
        });
        h.put("TO_OBJECT", c -> shaped(c, OBJECT, "OBJECT"));
        h.put("AS_OBJECT", c -> shaped(c, OBJECT, "OBJECT"));
        h.put("TO_ARRAY", c -> {
            c.arity(1, 1);
            Sql v = c.arg(0);
            if (v.is(ARRAY)) {
                return v;
            }
            String variant = Coerce.toVariant(v).text();
            return Sql.of("CASE WHEN " + variant + " IS NULL THEN NULL WHEN json_type(" + variant + ") = 'ARRAY' THEN "
                    + variant + " ELSE to_json([" + variant + "]) END", ARRAY);
        });
        h.put("AS_ARRAY", c -> shaped(c, ARRAY, "ARRAY"));
        for (String name : new String[] {"AS_VARCHAR", "AS_CHAR"}) {
            h.put(name, c -> typedRead(c, VARCHAR, "VARCHAR"));
        }
        h.put("AS_INTEGER", c -> typedRead(c, SnowflakeType.NUMBER, "UBIGINT', 'BIGINT"));
        h.put("AS_NUMBER", c -> typedRead(c, SnowflakeType.NUMBER, "UBIGINT', 'BIGINT"));
        h.put("AS_DOUBLE", c -> typedRead(c, SnowflakeType.FLOAT, "UBIGINT', 'BIGINT', 'DOUBLE"));
        h.put("AS_BOOLEAN", c -> typedRead(c, BOOLEAN, "BOOLEAN"));
        h.put("OBJECT_CONSTRUCT", c -> construct(c, false));
        h.put("OBJECT_CONSTRUCT_KEEP_NULL", c -> construct(c, true));
        h.put("OBJECT_KEYS", c -> {
            c.arity(1, 1);
            return Sql.of("to_json(json_keys(" + c.variant(0) + "))", ARRAY);
        });
        h.put("OBJECT_INSERT", c -> {
            c.arity(3, 4);
            return Sql.of("json_merge_patch(" + c.variant(0) + ", json_object(" + c.varchar(1) + ", " + c.variant(2) + "))", OBJECT);
        });
        h.put("OBJECT_DELETE", c -> {
            c.arity(2, Integer.MAX_VALUE);
            List<String> keys = new ArrayList<>();
            for (int i = 1; i < c.count(); i++) {
                keys.add(c.varchar(i) + ", CAST(NULL AS JSON)");
            }
            return Sql.of("json_merge_patch(" + c.variant(0) + ", json_object(" + String.join(", ", keys) + "))", OBJECT);
        });
        h.put("GET", c -> {
            c.arity(2, 2);
            Sql key = c.arg(1);
            String step = key.isSemi() ? Coerce.toVarchar(key).text() : key.text();
            return Sql.of("(" + c.variant(0) + " -> " + step + ")", VARIANT);
        });
        h.put("GET_PATH", c -> {
            c.arity(2, 2);
            Expr path = PathText.parse(c.literal(1, "path"));
            return c.translator().translate(new Expr.Path(c.expr(0), ((Expr.Path) path).steps()));
        });
        h.put("TYPEOF", c -> {
            c.arity(1, 1);
            return Sql.of(HelperMacros.call("sf_typeof", c.variant(0)), VARCHAR);
        });
        h.put("IS_NULL_VALUE", c -> isType(c, "NULL"));
        h.put("IS_ARRAY", c -> isType(c, "ARRAY"));
        h.put("IS_OBJECT", c -> isType(c, "OBJECT"));
        h.put("IS_VARCHAR", c -> isType(c, "VARCHAR"));
        Functions.alias(h, "IS_CHAR", "IS_VARCHAR");
        h.put("IS_BOOLEAN", c -> isType(c, "BOOLEAN"));
        h.put("IS_INTEGER", c -> isType(c, "UBIGINT', 'BIGINT"));
        h.put("IS_DOUBLE", c -> isType(c, "UBIGINT', 'BIGINT', 'DOUBLE"));
        h.put("STRIP_NULL_VALUE", c -> {
            c.arity(1, 1);
            String v = c.variant(0);
            return Sql.of("CASE WHEN json_type(" + v + ") = 'NULL' THEN NULL ELSE " + v + " END", VARIANT);
        });
    }

    /** OBJECT_CONSTRUCT(k1, v1, ...): pairs with a NULL value are left out unless {@code keepNull}. */
    private static Sql construct(CallContext c, boolean keepNull) throws SnowflakeSqlException {
        if (c.call().star()) {
            return wholeRow(c);
        }
        if (c.count() % 2 != 0) {
            throw SnowflakeSqlException.invalid("function " + c.name() + " takes keys and values in pairs, got " + c.count()
                    + " argument(s)");
        }
        List<Sql> keys = new ArrayList<>();
        List<Sql> values = new ArrayList<>();
        for (int i = 0; i < c.count(); i += 2) {
            keys.add(c.arg(i));
            values.add(c.arg(i + 1));
        }
        Sql object = c.translator().object(keys, values);
        if (!keepNull || keys.isEmpty()) {
            return object;
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Sql v = values.get(i);
            pairs.add(Coerce.toVarchar(keys.get(i)).text());
            pairs.add(v.isNull() ? "CAST('null' AS JSON)" : "COALESCE(" + Coerce.toVariant(v).text() + ", CAST('null' AS JSON))");
        }
        return Sql.of("json_object(" + String.join(", ", pairs) + ")", OBJECT);
    }

    /** OBJECT_CONSTRUCT(*): the row of the one FROM item as an OBJECT, without its NULL columns. */
    private static Sql wholeRow(CallContext c) throws SnowflakeSqlException {
        List<Relation> relations = c.translator().scope().relations();
        if (relations.size() != 1 || relations.get(0).name() == null) {
            throw SnowflakeSqlException.unsupported("OBJECT_CONSTRUCT(*) over more than one FROM item", "name the keys and values");
        }
        return Sql.of("json_merge_patch('{}', to_json(" + SqlLiterals.identifier(
                relations.get(0).name()) + "))", OBJECT);
    }

    /** TO_OBJECT / AS_OBJECT / AS_ARRAY: the value when it has that shape, else NULL. */
    private static Sql shaped(CallContext c, SnowflakeType type, String jsonType) throws SnowflakeSqlException {
        c.arity(1, 1);
        String v = c.variant(0);
        return Sql.of("CASE WHEN json_type(" + v + ") = '" + jsonType + "' THEN " + v + " END", type);
    }

    /** AS_VARCHAR and kin: the value when the VARIANT holds that type, else NULL. */
    private static Sql typedRead(CallContext c, SnowflakeType type, String jsonTypes) throws SnowflakeSqlException {
        c.arity(1, 1);
        Sql v = Coerce.toVariant(c.arg(0));
        return Sql.of("CASE WHEN json_type(" + v.text() + ") IN ('" + jsonTypes + "') THEN " + Coerce.cast(v, type, 0, true).text()
                + " END", type);
    }

    private static Sql isType(CallContext c, String jsonTypes) throws SnowflakeSqlException {
        c.arity(1, 1);
        return Sql.of("(json_type(" + c.variant(0) + ") IN ('" + jsonTypes + "'))", BOOLEAN);
    }
}
