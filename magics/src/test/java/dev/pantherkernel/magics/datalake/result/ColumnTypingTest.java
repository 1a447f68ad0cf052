package dev.pantherkernel.magics.datalake.result;

import dev.pantherkernel.magics.table.ColumnKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ColumnTypingTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "TIMESTAMP_NTZ, INSTANT", "TIMESTAMP_TZ, INSTANT", "timestamp_ltz, INSTANT", "TIMESTAMP, INSTANT",
            "'TIMESTAMP_NTZ(9)', INSTANT", "timestamp_ntz, INSTANT", "DATETIME, INSTANT",
            "NUMBER, LONG", "'NUMBER(38,0)', LONG", "'NUMBER(10, 2)', DOUBLE", "'DECIMAL(18,3)', DOUBLE", "INTEGER, LONG",
            "FIXED, LONG", "fixed, LONG", "'fixed(38,2)', DOUBLE", "DECIMAL, LONG", "INT, LONG", "bigint, LONG",
            "FLOAT, DOUBLE", "DOUBLE, DOUBLE", "REAL, DOUBLE", "real, DOUBLE", "'double precision', DOUBLE",
            "BOOLEAN, BOOLEAN", "boolean, BOOLEAN", "VARCHAR, STRING", "'VARCHAR(16777216)', STRING", "TEXT, STRING",
            "text, STRING", "STRING, STRING", "'char(1)', STRING", "BINARY, STRING", "'BINARY(8388608)', STRING",
            "VARIANT, JSON", "OBJECT, JSON", "ARRAY, JSON", "variant, JSON", "GEOGRAPHY, JSON",
            "DATE, DATE", "date, DATE", "TIME, TIME", "'TIME(9)', TIME"})
    void typeNamesInEverySpellingDecideTheColumnKind(String type, ColumnKind kind) {
        assertThat(ColumnTyping.kindOf(type)).contains(kind);
    }

    @ParameterizedTest(name = "''{0}'' is left to the values")
    @ValueSource(strings = {"", "  ", "VECTOR(FLOAT, 256)", "SOMETHING_NEW", "NUMBER(x)"})
    void aMissingOrUnknownTypeIsLeftToTheValues(String type) {
        assertThat(ColumnTyping.kindOf(type)).isEmpty();
    }
}
