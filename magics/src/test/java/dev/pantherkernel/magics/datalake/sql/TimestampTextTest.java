package dev.pantherkernel.magics.datalake.sql;

import dev.pantherkernel.magics.table.PackedInstants;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.YearMonth;

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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2024-05-01 13:45:00.123", "2024-05-01T13:45:00.123456789Z", "2024-05-01 15:45:00.000+02:00",
            "2024-02-29 23:59:59", "1714571100.5", "2024-05-01"})
    void aTimestampInTheMiddleOfTheParsersBufferIsPackedAsTheSameTextOnItsOwn(String text) {
        char[] buffer = ("9:" + text + "-12:00\"").toCharArray();

        assertThat(TimestampText.packed(buffer, 2, text.length())).isEqualTo(TimestampText.packed(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-02-30 00:00:00.000", "yesterday", "2024-05-01 25:00:00", "13:45:00"})
    void textThatIsNoTimestampIsAnError(String text) {
        assertThatThrownBy(() -> TimestampText.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a timestamp");
    }

    @Property(tries = 3000)
    void aTimestampIsPackedForTheTableAsItsInstantIs(@ForAll @IntRange(min = 1, max = 9999) int year,
            @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 31) int day,
            @ForAll @IntRange(min = 0, max = 86_399) int secondOfDay, @ForAll @IntRange(min = 0, max = 999_999_999) int nanos,
            @ForAll @IntRange(min = 0, max = 9) int fractionDigits, @ForAll("endings") String ending,
            @ForAll boolean withT) {
        String fraction = fractionDigits == 0 ? "" : "." + String.format("%09d", nanos).substring(0, fractionDigits);
        String text = String.format("%04d-%02d-%02d%s%02d:%02d:%02d%s%s", year, month, day, withT ? "T" : " ",
                secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60, fraction, ending);
        if (day > YearMonth.of(year, month).lengthOfMonth()) {
            assertThatThrownBy(() -> TimestampText.packed(text)).isInstanceOf(IllegalArgumentException.class);
        } else {
            assertThat(TimestampText.packed(text)).as(text).isEqualTo(PackedInstants.of(TimestampText.parse(text)));
        }
    }

    @Provide
    Arbitrary<String> endings() {
        return Arbitraries.of("", "Z", "+02:00", "-05:30", "+00:00");
    }
}
