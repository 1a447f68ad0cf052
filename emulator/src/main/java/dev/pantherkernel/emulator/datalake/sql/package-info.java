/**
 * What the data lake, its Snowflake front end ({@code datalake.snowflake}) and the sample data share about SQL text:
 * Snowflake's type names with the DuckDB types that hold them, and the literals of the SQL the emulator writes itself.
 */
package dev.pantherkernel.emulator.datalake.sql;
