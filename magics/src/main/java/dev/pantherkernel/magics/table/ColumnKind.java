package dev.pantherkernel.magics.table;

import dev.pantherkernel.magics.core.Internal;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.TimeColumn;
import tech.tablesaw.columns.Column;

/** The Tablesaw column type a value lands in. JSON values (objects, lists) are kept as JSON text. */
@Internal
public enum ColumnKind {
    INSTANT, DATE, TIME, INT, LONG, DOUBLE, BOOLEAN, STRING, JSON;

    /** GraphQL scalar or enum type name to column kind: the API schema decides the column types. */
    public static ColumnKind ofGraphQLScalar(String typeName, boolean isEnum) {
        if (isEnum) {
            return STRING;
        }
        return switch (typeName) {
            case "DateTime", "Timestamp", "AWSDateTime", "Time" -> INSTANT;
            case "Int" -> INT;
            case "Long" -> LONG;
            case "Float" -> DOUBLE;
            case "Boolean" -> BOOLEAN;
            case "JSON", "AWSJSON", "Map" -> JSON;
            default -> STRING;
        };
    }

    Column<?> newColumn(String name) {
        return switch (this) {
            case INSTANT -> InstantColumn.create(name);
            case DATE -> DateColumn.create(name);
            case TIME -> TimeColumn.create(name);
            case INT -> IntColumn.create(name);
            case LONG -> LongColumn.create(name);
            case DOUBLE -> DoubleColumn.create(name);
            case BOOLEAN -> BooleanColumn.create(name);
            case STRING, JSON -> StringColumn.create(name);
        };
    }
}
