package dev.pantherkernel.magics.command;

import dev.pantherkernel.magics.core.TimeText;
import dev.pantherkernel.magics.graphql.JavaValues;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Times go to Panther in the form its schema documents, always with milliseconds. */
class TimeTextTest {

    @Test
    void aTimeOnTheSecondIsStillWrittenWithMilliseconds() {
        assertThat(TimeText.format(Instant.parse("2026-11-30T12:00:00Z"))).isEqualTo("2026-11-30T12:00:00.000Z");
        assertThat(TimeText.format(Instant.parse("2026-11-30T12:00:00.123456Z"))).isEqualTo("2026-11-30T12:00:00.123Z");
    }

    @Test
    void javaTimesBecomeGraphQLVariablesAndArgumentsInTheSameForm() {
        Instant noon = Instant.parse("2026-11-30T12:00:00Z");

        assertThat(JavaValues.toJson("t", noon)).isEqualTo("2026-11-30T12:00:00.000Z");
        assertThat(JavaValues.toJson("t", ZonedDateTime.ofInstant(noon, ZoneOffset.ofHours(2))))
                .isEqualTo("2026-11-30T12:00:00.000Z");
        assertThat(ArgumentVariables.substitute(Dispatcher.grammar(), List.of("alerts", "--from", "{t}"), name -> Optional.of(noon)))
                .containsExactly("alerts", "--from", "2026-11-30T12:00:00.000Z");
        assertThat(TimeText.parse("--from", "2026-11-30T12:00:00.000Z")).isEqualTo(noon);
    }
}
