package dev.pantherkernel.magics.datalake;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TimestampTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2024-05-01 13:45:00.000, 2024-05-01T13:45:00Z",
            "2024-05-01 13:45:00.123, 2024-05-01T13:45:00.123Z",
            "2024-05-01 13:45:00.123456789, 2024-05-01T13:45:00.123456789Z",
            "2024-05-01 13:45:00.1234567891, 2024-05-01T13:45:00.123456789Z",
            "2024-05-01 13:45:00, 2024-05-01T13:45:00Z",
            "2024-05-01T13:45:00.5Z, 2024-05-01T13:45:00.5Z",
            "2024-05-01 13:45:00.000Z, 2024-05-01T13:45:00Z",
            "2024-05-01 15:45:00.000+02:00, 2024-05-01T13:45:00Z",
            "2024-05-01T13:45Z, 2024-05-01T13:45:00Z",
            "2024-05-01, 2024-05-01T00:00:00Z",
            "1714571100.5, 2024-05-01T13:45:00.5Z",
            "1969-12-31 23:59:59.999, 1969-12-31T23:59:59.999Z"})
    void timestampsInTheirUsualShapesAreReadAsUtcInstants(String text, String expected) {
        assertThat(TimestampText.parse(text)).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30 00:00:00.000", "yesterday", "2024-05-01 25:00:00", "13:45:00"})
    void textThatIsNoTimestampIsAnError(String text) {
        assertThatThrownBy(() -> TimestampText.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a timestamp");
    }
}
