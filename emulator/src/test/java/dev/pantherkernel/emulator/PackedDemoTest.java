package dev.pantherkernel.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.emulator.demo.PackedDemo;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The default demo comes packed with the build and is moved to the present at start: it holds what the generator makes
 * at the packed instant, every time in it moves by one offset, and whatever the hour it starts its newest events are
 * minutes old.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackedDemoTest {
    private static final String DIGEST = "SELECT MD5(LISTAGG(TO_JSON(OBJECT_CONSTRUCT(*)), '|') "
            + "WITHIN GROUP (ORDER BY p_row_id, TO_JSON(OBJECT_CONSTRUCT(*)))) AS d FROM %s t";
    private static final String CATALOG = "{ dataLakeDatabases { name tables { name columns { name type } } } }";
    private static final DateTimeFormatter LAKE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSS]");

    @TempDir
    Path cache;

    private final Instant packedAt = PackedDemo.inThisJar().orElseThrow().packedAt();
    /** The same settings as the demo, generated at start for the instant the pack ends at. */
    private PantherEmulator generated;

    @BeforeAll
    void generateAtThePackedInstant() {
        generated = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().anchor(packedAt).build());
    }

    @AfterAll
    void stop() {
        generated.close();
    }

    private PantherEmulator demo(Clock clock) {
        return PantherEmulator.start(EmulatorOptions.newEmulatorOptions().clock(clock).demoCache(cache).build());
    }

    @Test
    void theDefaultDemoStartsFromWhatTheBuildPackedAndOtherDataIsGeneratedAtStart() {
        try (PantherEmulator demo = demo(Clock.systemUTC())) {
            assertThat(demo.packed()).isTrue();
        }
        assertThat(generated.packed()).as("an anchor pinned").isFalse();
        try (PantherEmulator other = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().seed(8).scale(0.01).demoCache(cache).build())) {
            assertThat(other.packed()).isFalse();
        }
    }

    @Test
    void thePackedDemoHoldsTheRowsAndAlertsTheGeneratorMakesAtThePackedInstant() {
        try (PantherEmulator demo = demo(Clock.fixed(packedAt, ZoneOffset.UTC))) {
            assertThat(demo.anchor()).isEqualTo(packedAt);
            for (String table : List.of("aws_cloudtrail", "okta_systemlog", "aws_vpcflow", "crowdstrike_fdrevent", "crowdstrike_aidmaster",
                    "panther_rule_matches.public.aws_cloudtrail", "panther_rule_matches.public.okta_systemlog",
                    "panther_rule_matches.public.aws_vpcflow", "panther_lookups.public.tor_exit_nodes", "panther_lookups.public.otx_pulses",
                    "panther_lookups.public.ipinfo_location")) {
                assertThat(lake(demo).run(DIGEST.formatted(table))).as(table).isEqualTo(lake(generated).run(DIGEST.formatted(table)));
            }
            assertThat(alerts(demo)).hasSizeGreaterThan(100).isEqualTo(alerts(generated));
            assertThat(api(demo).data(CATALOG)).isEqualTo(api(generated).data(CATALOG));
        }
    }

    @ParameterizedTest(name = "started at {0} minutes past a full day after the packed instant")
    @ValueSource(ints = {0, 239, 427, 690, 1033, 1439})
    void aDemoStartedAtAnyHourEndsInTheQuarterHourBeforeNowWithNothingInTheFuture(int minutes) {
        Duration ahead = Duration.between(Instant.now(), packedAt.plus(Duration.ofDays(300)).plus(Duration.ofMinutes(minutes)));
        Clock clock = Clock.offset(Clock.systemUTC(), ahead);
        try (PantherEmulator demo = demo(clock)) {
            List<String> newest = new ArrayList<>();
            for (JsonNode database : api(demo).data(CATALOG).path("dataLakeDatabases")) {
                for (JsonNode table : database.path("tables")) {
                    for (JsonNode column : table.path("columns")) {
                        if (column.path("type").asText().startsWith("TIMESTAMP")) {
                            newest.add("SELECT max(%s) AS t FROM %s.%s".formatted(column.path("name").asText(),
                                    database.path("name").asText(), table.path("name").asText()));
                        }
                    }
                }
            }
            Instant latest = lakeTime(lake(demo).run("SELECT max(t) AS t FROM (" + String.join(" UNION ALL ", newest) + ")").get(0));
            Instant newestEvent = lakeTime(lake(demo).run("SELECT max(p_event_time) AS t FROM (SELECT p_event_time FROM aws_cloudtrail "
                    + "UNION ALL SELECT p_event_time FROM okta_systemlog UNION ALL SELECT p_event_time FROM aws_vpcflow)").get(0));
            Instant now = clock.instant();
            assertThat(latest).as("the newest time of any timestamp column").isBeforeOrEqualTo(now);
            assertThat(newestEvent).isAfter(now.minus(Duration.ofMinutes(15)));
            assertThat(alerts(demo)).extracting(a -> Instant.parse(a.path("createdAt").asText())).allMatch(t -> !t.isAfter(now));
        }
    }

    @Test
    void theLastDayOfTheShiftedDemoIsTheLastDayBeforeThePackedInstant() {
        Duration ahead = Duration.ofDays(2).plusHours(7).plusMinutes(13);
        Clock clock = Clock.offset(Clock.systemUTC(), ahead);
        try (PantherEmulator demo = demo(clock)) {
            Duration shift = Duration.between(packedAt, demo.anchor());
            // the macro's now is the emulator's clock: read it on both sides of the query
            Instant before = clock.instant();
            long lastDay = lake(demo).count("SELECT count(*) FROM okta_systemlog WHERE p_occurs_since('1 day')");
            Instant after = clock.instant();
            String packed = "SELECT count(*) FROM okta_systemlog WHERE p_event_time >= '%s'::TIMESTAMP_NTZ";
            assertThat(lastDay).isPositive()
                    .isLessThanOrEqualTo(lake(generated).count(packed.formatted(lakeText(before.minus(shift).minus(Duration.ofDays(1))))))
                    .isGreaterThanOrEqualTo(lake(generated).count(packed.formatted(lakeText(after.minus(shift).minus(Duration.ofDays(1))))));

            // what --since 1d asks: alerts created since a day before now, the same alerts as a day before the packed instant
            Instant since = clock.instant().minus(Duration.ofDays(1));
            List<String> recent = alerts(demo, since).stream().map(a -> a.path("id").asText()).toList();
            assertThat(recent).isNotEmpty()
                    .isEqualTo(alerts(generated, since.minus(shift)).stream().map(a -> a.path("id").asText()).toList());
        }
    }

    @Test
    void everyTimeTheApisShowMovesByTheSameOffset() {
        Instant first = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        Duration offset = Duration.ofDays(3).plusHours(7).plusMinutes(13);
        Map<String, JsonNode> early;
        Map<String, JsonNode> late;
        try (PantherEmulator demo = demo(Clock.fixed(first, ZoneOffset.UTC))) {
            early = everything(demo);
        }
        try (PantherEmulator demo = demo(Clock.fixed(first.plus(offset), ZoneOffset.UTC))) {
            late = everything(demo);
        }
        assertThat(late.keySet()).isEqualTo(early.keySet());
        early.forEach((what, answer) -> ShiftedJson.assertMovedBy(what, answer, late.get(what), offset));
    }

    @Test
    void aCachedFileCutShortIsExtractedAgain() throws IOException {
        try (PantherEmulator demo = demo(Clock.systemUTC())) {
            assertThat(demo.packed()).isTrue();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(cache)) {
            files = walk.filter(p -> p.toString().endsWith(".duckdb")).toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("panther_logs.duckdb", "panther_rule_matches.duckdb", "panther_lookups.duckdb");
        Path logs = files.stream().filter(p -> p.endsWith("panther_logs.duckdb")).findFirst().orElseThrow();
        long size = Files.size(logs);
        Files.write(logs, new byte[4096]);
        try (PantherEmulator demo = demo(Clock.systemUTC())) {
            assertThat(lake(demo).count("SELECT count(*) FROM okta_systemlog")).isGreaterThan(40_000);
        }
        assertThat(Files.size(logs)).isEqualTo(size);
    }

    /** What the APIs answer about everything with a time in it, by what was asked. */
    private Map<String, JsonNode> everything(PantherEmulator emulator) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        RestClient rest = new RestClient(emulator.restUrl(), emulator.token());
        out.put("alerts", arrayOf(alerts(emulator)));
        for (String path : List.of("/rules", "/simple-rules", "/scheduled-rules", "/policies", "/queries", "/data-models", "/globals",
                "/users", "/roles")) {
            out.put(path, rest.get(path + (path.equals("/roles") ? "" : path.equals("/users") ? "?limit=60" : "?limit=1000")).body());
        }
        ApiClient api = api(emulator);
        out.put("sources", api.data("{ sources(input: {}) { edges { node { integrationId integrationLabel createdAtTime "
                + "lastEventReceivedAtTime lastEventProcessedAtTime lastModified isHealthy } } } }"));
        out.put("cloudAccounts", api.data("{ cloudAccounts { edges { node { id label createdAt lastModifiedAt } } } }"));
        out.put("schemas", api.data("query($in: SchemasInput!) { schemas(input: $in) { edges { node { name createdAt updatedAt } } } }",
                "in", Map.of()));
        out.put("users", api.data("{ users { id email createdAt lastLoggedInAt status } }"));
        DataLakeClient lake = lake(emulator);
        for (String table : List.of("aws_cloudtrail", "okta_systemlog", "aws_vpcflow", "crowdstrike_fdrevent", "crowdstrike_aidmaster")) {
            // the newest rows, the story's, and every match with the alert it raised
            out.put(table, arrayOf(lake.run("SELECT * FROM " + table + " ORDER BY p_event_time DESC, p_row_id LIMIT 300")));
            out.put(table + " story", arrayOf(lake.run("SELECT * FROM " + table + " WHERE p_any_ip_addresses::STRING LIKE "
                    + "'%203.0.113.9%' ORDER BY p_event_time, p_row_id")));
            out.put("matches " + table, arrayOf(lake.run("SELECT * FROM panther_rule_matches.public." + table
                    + " ORDER BY p_event_time DESC, p_row_id LIMIT 300")));
        }
        return out;
    }

    private static JsonNode arrayOf(List<JsonNode> nodes) {
        return ShiftedJson.MAPPER.valueToTree(nodes);
    }

    private static List<JsonNode> alerts(PantherEmulator emulator) {
        return alerts(emulator, Instant.parse("2000-01-01T00:00:00Z"));
    }

    /** Every alert created since {@code since} of each listing (Panther's own system errors too), over REST, page by page. */
    private static List<JsonNode> alerts(PantherEmulator emulator, Instant since) {
        RestClient rest = new RestClient(emulator.restUrl(), emulator.token());
        String window = "created-after=" + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8)
                + "&created-before=" + URLEncoder.encode("2100-01-01T00:00:00Z", StandardCharsets.UTF_8);
        List<JsonNode> out = new ArrayList<>();
        for (String type : List.of("ALERT", "DETECTION_ERROR", "SYSTEM_ERROR")) {
            String cursor = null;
            do {
                JsonNode page = rest.get("/alerts?type=" + type + "&" + window + "&limit=50"
                        + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8))).body();
                page.path("results").forEach(out::add);
                cursor = page.has("next") ? page.path("next").asText() : null;
            } while (cursor != null);
        }
        return out;
    }

    private static ApiClient api(PantherEmulator emulator) {
        return new ApiClient(emulator.url(), emulator.token());
    }

    private static DataLakeClient lake(PantherEmulator emulator) {
        return new DataLakeClient(api(emulator));
    }

    private static Instant lakeTime(JsonNode row) {
        return LocalDateTime.parse(row.path("t").asText(), LAKE_TIME).toInstant(ZoneOffset.UTC);
    }

    private static String lakeText(Instant instant) {
        return LAKE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}
