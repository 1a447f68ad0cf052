package dev.pantherkernel.emulator.data;

import dev.pantherkernel.emulator.datalake.sql.SnowflakeType;

/**
 * One column of a log table as Panther's managed schema has it: name, Snowflake type and meaning, with the SQL that
 * makes its values from the generator's raw rows. VARIANT, OBJECT and ARRAY values are JSON without null members,
 * as Panther stores events (an absent key reads as NULL, not as a JSON null).
 */
record Field(String name, SnowflakeType type, String description, String sql) {
}
