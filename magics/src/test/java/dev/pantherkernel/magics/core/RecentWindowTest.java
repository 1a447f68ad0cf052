package dev.pantherkernel.magics.core;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Windows and durations as the commands read them and as their footers say them. */
class RecentWindowTest {

    private static final Instant NOW = Instant.parse("2026-12-06T13:21:40Z");

    @Test
    void mIsAMinuteAndAMonthHasASpellingOfItsOwn() {
        assertThat(DurationText.parse("--since", "1m")).isEqualTo(Duration.ofMinutes(1));
        assertThat(DurationText.parse("--since", "1mo")).isEqualTo(Duration.ofDays(30));
        assertThat(DurationText.parse("--since", "2 months")).isEqualTo(Duration.ofDays(60));
        assertThat(DurationText.parse("--since", "90 minutes")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationText.parse("--since", "3weeks")).isEqualTo(Duration.ofDays(21));
        assertThatThrownBy(() -> DurationText.parse("--since", "1y")).isInstanceOf(UsageException.class)
                .hasMessage("--since 1y: write a duration like 30m (minutes), 12h, 7d, 2w or 1mo (30 days)");
    }

    @Test
    void theLastFewMinutesAreSaidInWordsAndTimes() {
        RecentWindow minute = RecentWindow.last(Duration.ofMinutes(1), NOW);

        assertThat(minute.describe()).isEqualTo("last 1 minute: 2026-12-06 13:20 to 13:21 UTC");
        assertThat(minute.footer(3, "alerts")).isEqualTo("last 1 minute: 2026-12-06 13:20 to 13:21 UTC");
        assertThat(minute.footer(0, "alerts"))
                .isEqualTo("no alerts in the last 1 minute: 2026-12-06 13:20 to 13:21 UTC (m is minutes: a month is 1mo)");
    }

    @Test
    void longerWindowsNameBothDaysAndGivenEndsNoSpan() {
        assertThat(RecentWindow.last(DurationText.parse("--since", "1mo"), NOW).describe())
                .isEqualTo("last 30 days: 2026-11-06 13:21 to 2026-12-06 13:21 UTC");
        assertThat(RecentWindow.of(null, Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-08T00:00:00Z"), NOW)
                .footer(0, "events")).isEqualTo("no events in 2026-11-01 00:00 to 2026-11-08 00:00 UTC");
        assertThat(RecentWindow.last(Duration.ofSeconds(30), NOW).describe())
                .isEqualTo("last 30 seconds: 2026-12-06 13:21:10 to 13:21:40 UTC");
        assertThat(RecentWindow.of(null, null, null, NOW).describe()).startsWith("last 7 days: 2026-11-29 13:21");
    }
}
