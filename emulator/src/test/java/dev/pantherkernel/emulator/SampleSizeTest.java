package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** The sample data's span and size as the options set them: a year of events, one table larger than the rest. */
class SampleSizeTest {

    @Test
    void eventsSpanTheDaysAskedForAndOneTableCanBeSizedApart() {
        Instant anchor = Instant.parse("2026-06-30T12:00:00Z");
        try (PantherEmulator emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().scale(0.02).days(365)
                .tableScale("aws_vpcflow", 0.1).anchor(anchor).build())) {
            DataLakeClient lake = new DataLakeClient(new ApiClient(emulator.url(), emulator.token()));

            long older = lake.count("SELECT count(*) FROM okta_systemlog WHERE p_event_time < TIMESTAMP '2026-01-01'");
            long total = lake.count("SELECT count(*) FROM okta_systemlog");
            long months = lake.count("SELECT count(DISTINCT date_trunc('month', p_event_time)) FROM aws_cloudtrail");

            assertThat(older).isGreaterThan(total / 3);
            assertThat(months).isBetween(12L, 13L);
            assertThat(lake.count("SELECT count(*) FROM aws_cloudtrail WHERE p_event_time > TIMESTAMP '2026-06-30 12:00:00'"))
                    .isZero();
            assertThat(lake.count("SELECT count(*) FROM aws_vpcflow")).isGreaterThan(4 * total);
            assertThat(lake.count("SELECT min(p_event_time) >= TIMESTAMP '" + anchor.minus(366, ChronoUnit.DAYS)
                    .toString().replace('T', ' ').replace("Z", "") + "' FROM aws_vpcflow")).isEqualTo(1);
        }
    }
}
