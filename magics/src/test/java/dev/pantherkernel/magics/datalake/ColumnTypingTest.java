package dev.pantherkernel.magics.datalake;

import dev.pantherkernel.magics.table.ColumnKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnTypingTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "TIMESTAMP_NTZ, INSTANT", "TIMESTAMP_TZ, INSTANT", "timestamp_ltz, INSTANT", "TIMESTAMP, INSTANT",
            "NUMBER, LONG", "'NUMBER(38,0)', LONG", "'NUMBER(10, 2)', DOUBLE", "'DECIMAL(18,3)', DOUBLE", "INTEGER, LONG",
            "FLOAT, DOUBLE", "DOUBLE, DOUBLE", "BOOLEAN, BOOLEAN", "VARCHAR, STRING", "'VARCHAR(16777216)', STRING",
            "VARIANT, JSON", "OBJECT, JSON", "ARRAY, JSON", "DATE, STRING", "TIME, STRING", "GEOGRAPHY, STRING",
            "'', STRING"})
    void snowflakeTypeNamesDecideTheColumnKind(String type, ColumnKind kind) {
        assertThat(ColumnTyping.kindOf(type)).isEqualTo(kind);
    }
}
