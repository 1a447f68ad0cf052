package dev.pantherkernel.emulator.datalake.snowflake;

import static dev.pantherkernel.emulator.datalake.sql.SnowflakeType.VARIANT;

import dev.pantherkernel.emulator.datalake.sql.SnowflakeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Snowflake's type names as casts write them, and how values of several types meet in one result. */
final class Types {
    private static final Set<String> COMPARISONS = Set.of("=", "<>", "<", "<=", ">", ">=");

    private Types() {}

    static boolean isComparison(String op) {
        return COMPARISONS.contains(op);
    }

    /** The type a cast names. */
    static SnowflakeType target(Expr.TypeName type) throws SnowflakeSqlException {
        return switch (type.name()) {
            case "VARCHAR", "STRING", "TEXT", "CHAR", "CHARACTER", "NVARCHAR", "NVARCHAR2", "NCHAR", "CHAR VARYING" ->
                    SnowflakeType.VARCHAR;
            case "NUMBER", "DECIMAL", "NUMERIC", "INT", "INTEGER", "BIGINT", "SMALLINT", "TINYINT", "BYTEINT" ->
                    SnowflakeType.NUMBER;
            case "FLOAT", "FLOAT4", "FLOAT8", "DOUBLE", "REAL" -> SnowflakeType.FLOAT;
            case "BOOLEAN" -> SnowflakeType.BOOLEAN;
            case "DATE" -> SnowflakeType.DATE;
            case "TIME" -> SnowflakeType.TIME;
            case "TIMESTAMP", "DATETIME", "TIMESTAMP_NTZ" -> SnowflakeType.TIMESTAMP_NTZ;
            case "TIMESTAMP_LTZ" -> SnowflakeType.TIMESTAMP_LTZ;
            case "TIMESTAMP_TZ" -> SnowflakeType.TIMESTAMP_TZ;
            case "VARIANT" -> SnowflakeType.VARIANT;
            case "OBJECT" -> SnowflakeType.OBJECT;
            case "ARRAY" -> SnowflakeType.ARRAY;
            default -> throw SnowflakeSqlException.unsupported("the type " + type.name(), "");
        };
    }

    /** The scale of a NUMBER(p, s) cast; 0 for other types and plain NUMBER. */
    static int scale(Expr.TypeName type) {
        boolean decimal = Set.of("NUMBER", "DECIMAL", "NUMERIC").contains(type.name());
        return decimal && type.params().size() > 1 ? type.params().get(1) : 0;
    }

    /**
     * Values that meet in one result (CASE branches, COALESCE arguments): when some are semi-structured and others
     * are not, Snowflake makes them all VARIANT.
     */
    static List<Sql> unify(List<Sql> values) {
        boolean semi = values.stream().anyMatch(Sql::isSemi);
        boolean scalar = values.stream().anyMatch(v -> !v.isSemi() && !v.isNull() && v.type() != null);
        if (!semi || !scalar) {
            if (semi) {
                List<Sql> out = new ArrayList<>();
                values.forEach(v -> out.add(v.isNull() ? Coerce.toVariant(v) : v));
                return out;
            }
            return values;
        }
        List<Sql> out = new ArrayList<>();
        values.forEach(v -> out.add(Coerce.toVariant(v)));
        return out;
    }

    /** The type of a result made of {@link #unify unified} values. */
    static SnowflakeType common(List<Sql> values) {
        SnowflakeType found = null;
        for (Sql v : values) {
            if (v.type() == null) {
                continue;
            }
            if (found == null) {
                found = v.type();
            } else if (found != v.type()) {
                if (found.isSemiStructured() && v.type().isSemiStructured()) {
                    found = VARIANT;
                } else if (found.isNumeric() && v.type().isNumeric()) {
                    found = SnowflakeType.FLOAT;
                }
            }
        }
        return found;
    }
}
