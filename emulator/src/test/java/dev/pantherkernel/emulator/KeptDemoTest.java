package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pantherkernel.emulator.demo.PackedDemo;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A demo of other settings than the default, with generated data kept: the first start generates and keeps it, the next
 * start with the same settings starts at once from what was kept, with the same data as generating, moved to its
 * present.
 */
class KeptDemoTest {
    private static final String DIGEST = "SELECT count(*) AS n, MD5(LISTAGG(TO_JSON(OBJECT_CONSTRUCT(*)), '|') "
            + "WITHIN GROUP (ORDER BY p_row_id, TO_JSON(OBJECT_CONSTRUCT(*)))) AS d FROM %s t";
    private static final String CATALOG = "{ dataLakeDatabases { name tables { name columns { name type } } } }";
    private static final String ALERTS = "{ alerts(input: {createdAtAfter: \"2000-01-01T00:00:00Z\", "
            + "createdAtBefore: \"2100-01-01T00:00:00Z\", pageSize: 50}) { edges { node { id title severity createdAt } } } }";

    @TempDir
    Path cache;

    private final Instant generatedAt = PackedDemo.inThisJar().orElseThrow().packedAt();

    private EmulatorOptions.Builder small() {
        return EmulatorOptions.newEmulatorOptions().seed(8).scale(0.01).days(2).demoCache(cache);
    }

    private PantherEmulator kept(Clock clock) {
        return PantherEmulator.start(small().keepGenerated(true).clock(clock).build());
    }

    @Test
    void aSecondStartWithTheSameSettingsLoadsWhatTheFirstKeptWithTheDataGeneratingMakes() {
        Clock atGeneration = Clock.fixed(generatedAt, ZoneOffset.UTC);
        assertThat(PantherEmulator.startsAtOnce(small().keepGenerated(true).build())).isFalse();
        try (PantherEmulator first = kept(atGeneration)) {
            assertThat(first.dataOrigin()).isEqualTo(DataOrigin.GENERATED);
        }
        assertThat(PantherEmulator.startsAtOnce(small().keepGenerated(true).build())).isTrue();
        assertThat(PantherEmulator.startsAtOnce(small().build())).as("without keeping").isFalse();
        try (PantherEmulator second = kept(atGeneration);
                PantherEmulator generated = PantherEmulator.start(small().anchor(generatedAt).build())) {
            assertThat(second.dataOrigin()).isEqualTo(DataOrigin.KEPT);
            assertThat(generated.dataOrigin()).isEqualTo(DataOrigin.GENERATED);
            for (String table : List.of("aws_cloudtrail", "okta_systemlog", "aws_vpcflow", "crowdstrike_fdrevent", "crowdstrike_aidmaster",
                    "panther_rule_matches.public.aws_cloudtrail", "panther_rule_matches.public.okta_systemlog",
                    "panther_lookups.public.tor_exit_nodes")) {
                assertThat(lake(second).run(DIGEST.formatted(table))).as(table).isEqualTo(lake(generated).run(DIGEST.formatted(table)));
            }
            assertThat(api(second).data(ALERTS)).isEqualTo(api(generated).data(ALERTS));
            assertThat(api(second).data(CATALOG)).isEqualTo(api(generated).data(CATALOG));
        }
    }

    @Test
    void keptDataIsMovedSoThatItEndsAtTheStartsPresent() {
        try (PantherEmulator first = kept(Clock.systemUTC())) {
            assertThat(first.dataOrigin()).isEqualTo(DataOrigin.GENERATED);
        }
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofDays(40).plusHours(5).plusMinutes(17));
        try (PantherEmulator second = kept(later)) {
            assertThat(second.dataOrigin()).isEqualTo(DataOrigin.KEPT);
            assertThat(second.anchor()).isEqualTo(later.instant().truncatedTo(ChronoUnit.MINUTES));
            long lastDay = lake(second).count("SELECT count(*) FROM okta_systemlog WHERE p_occurs_since('1 day')");
            long future = lake(second).count("SELECT count(*) FROM okta_systemlog WHERE p_event_time > CURRENT_TIMESTAMP");
            assertThat(lastDay).isPositive();
            assertThat(future).isZero();
        }
    }

    private static ApiClient api(PantherEmulator emulator) {
        return new ApiClient(emulator.url(), emulator.token());
    }

    private static DataLakeClient lake(PantherEmulator emulator) {
        return new DataLakeClient(api(emulator));
    }
}
