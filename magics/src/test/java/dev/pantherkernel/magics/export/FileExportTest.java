package dev.pantherkernel.magics.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.emulator.faults.FaultRule;
import dev.pantherkernel.emulator.faults.Phase;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.datalake.ProgressWatchingHost;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.PartialResultException;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import dev.pantherkernel.magics.testing.SharedEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.ArrayList;

/** Results written to files, read back with DuckDB as another tool would read them. */
class FileExportTest {

    private static final String SQL = """
            SELECT n, DATEADD(second, n, '2026-01-01'::TIMESTAMP_NTZ) AS seen, n / 4.0 AS quarter,
                   'user-' || n AS who, OBJECT_CONSTRUCT('ip', '10.0.0.' || (n % 7), 'tags', ARRAY_CONSTRUCT('a', 'b')) AS detail,
                   n % 2 = 0 AS even
            FROM (SELECT SEQ4() AS n FROM TABLE(GENERATOR(ROWCOUNT => ROWS))) ORDER BY n""";

    private final PantherEmulator emulator = SharedEmulator.get();
    private final RecordingHost host = new RecordingHost();
    private final PantherSession session = Sessions.demoToken(host);
    private final PantherMagics magics = new PantherMagics(session);

    @TempDir
    Path dir;

    @AfterEach
    void clearFaults() {
        emulator.faults().clear();
    }

    private static String sql(int rows) {
        return SQL.replace("ROWS", Integer.toString(rows));
    }

    @Test
    void aQueryStreamedToParquetKeepsItsTypesAndCarriesItsProvenanceInside() throws Exception {
        Path file = dir.resolve("hunt.parquet");

        Result result = (Result) magics.cell(List.of("sql", "--to", file.toString()), sql(2500) + "\n-- p_occurs_since('1 day') in a comment is no window");

        Table summary = result.table();
        assertThat(summary.longColumn("rows").get(0)).isEqualTo(2500);
        assertThat(summary.stringColumn("file").get(0)).isEqualTo(file.toString());
        assertThat(summary.booleanColumn("partial").get(0)).isFalse();
        assertThat(result.pages()).isEqualTo(3);
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
            assertThat(rows(db, "SELECT name, type, logical_type FROM parquet_schema('" + file + "') WHERE name <> 'duckdb_schema'"))
                    .containsExactly("n INT64 null", "seen INT64 TimestampType(isAdjustedToUTC=1, unit=TimeUnit(MILLIS=<null>, "
                                    + "MICROS=MicroSeconds(), NANOS=<null>))", "quarter DOUBLE null", "who BYTE_ARRAY null",
                            "detail BYTE_ARRAY JsonType()", "even BOOLEAN null");
            assertThat(rows(db, "SELECT count(*), min(n), max(n), CAST(max(seen) AS VARCHAR), max(detail->>'ip') FROM '" + file + "'"))
                    .containsExactly("2500 0 2499 2026-01-01 00:41:39+00 10.0.0.6");
            Map<String, String> meta = metadata(db, file);
            assertThat(meta.get("query_id")).isEqualTo(result.footer().stream().filter(f -> f.startsWith("query "))
                    .findFirst().orElseThrow().substring("query ".length()));
            assertThat(meta.get("sql")).startsWith("SELECT n, DATEADD(second, n");
            assertThat(meta.get("endpoint")).isEqualTo(emulator.url());
            assertThat(meta.get("row_count")).isEqualTo("2500");
            assertThat(meta.get("partial")).isEqualTo("false");
            assertThat(meta.get("time_window")).startsWith("none in the SQL's p_occurs_* macros; the query started at ");
            assertThat(Instant.parse(meta.get("written_at"))).isBefore(Instant.now().plusSeconds(1));
        }
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain(emulator.token());
    }

    @Test
    void csvGzAndJsonLinesGetAJsonSidecarWithTheProvenance() throws Exception {
        Path csv = dir.resolve("hunt.csv.gz");
        Path jsonl = dir.resolve("hunt.jsonl");

        magics.cell(List.of("sql", "--to", csv.toString()), sql(10) + " -- WHERE p_occurs_since('1 day') would go here");
        magics.cell(List.of("sql", "--to", jsonl.toString()),
                "SELECT * FROM (" + sql(10) + ") t WHERE n < 3 AND p_occurs_before('2030-01-01', t, seen)");

        try (InputStream in = new GZIPInputStream(Files.newInputStream(csv))) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertThat(lines).hasSize(11);
            assertThat(lines.get(0)).isEqualTo("n,seen,quarter,who,detail,even");
            assertThat(lines.get(2)).startsWith("1,2026-01-01 00:00:01+00,0.25,user-1,");
        }
        JsonNode side = new ObjectMapper().readTree(dir.resolve("hunt.csv.gz.json").toFile());
        assertThat(side.path("row_count").asText()).isEqualTo("10");
        assertThat(side.path("endpoint").asText()).isEqualTo(emulator.url());
        assertThat(side.path("columns").get(1).path("type").asText()).isEqualTo("TIMESTAMPTZ");
        assertThat(side.toString()).doesNotContain(emulator.token());
        List<String> json = Files.readAllLines(jsonl);
        assertThat(json).hasSize(3);
        JsonNode first = new ObjectMapper().readTree(json.get(0));
        assertThat(first.path("n").isIntegralNumber()).isTrue();
        assertThat(first.path("detail").path("tags").get(1).asText()).isEqualTo("b");
        JsonNode jsonSide = new ObjectMapper().readTree(dir.resolve("hunt.jsonl.json").toFile());
        assertThat(jsonSide.path("time_window").asText()).startsWith("p_occurs_before('2030-01-01', t, seen) (the query started at ");
    }

    @Test
    void anInterruptedExportLeavesAFileMarkedPartialAndNoneUnderTheNameAskedFor() throws Exception {
        Path file = dir.resolve("big.parquet");
        PantherSession interrupted = Sessions.demoToken(ProgressWatchingHost.interrupting(host,
                line -> line.contains(": page 3,")));

        Result result = (Result) new PantherMagics(interrupted).cell(List.of("sql", "--to", file.toString()), sql(20_000));

        assertThat(Thread.interrupted()).isTrue();
        Path partial = dir.resolve("big.partial.parquet");
        assertThat(file).doesNotExist();
        assertThat(result.partial()).isTrue();
        assertThat(result.warnings()).singleElement().asString().contains("interrupted after page 3")
                .contains("2,997 rows fetched are in " + partial).contains("big.parquet was not written");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
            assertThat(rows(db, "SELECT count(*), max(n) FROM '" + partial + "'")).containsExactly("2997 2996");
            Map<String, String> meta = metadata(db, partial);
            assertThat(meta.get("partial")).isEqualTo("true");
            assertThat(meta.get("partial_reason")).isEqualTo("interrupted after page 3");
            assertThat(meta.get("row_count")).isEqualTo("2997");
        }
    }

    @Test
    void aFailureAfterSomePagesIsAnErrorAndTheRowsBeforeItAreInThePartialFile() throws Exception {
        emulator.faults().add(FaultRule.newFaultRule("dataLakeQuery").phase(Phase.RESULTS).status(500).skip(2)
                .times(FaultRule.UNLIMITED).build());
        Path file = dir.resolve("broken.csv");

        assertThatThrownBy(() -> magics.cell(List.of("sql", "--to", file.toString()), sql(5000)))
                .isInstanceOf(PartialResultException.class)
                .hasMessageContaining("while fetching results page 3")
                .hasMessageContaining("1,998 rows fetched are in " + dir.resolve("broken.partial.csv"));

        assertThat(file).doesNotExist();
        assertThat(Files.readAllLines(dir.resolve("broken.partial.csv"))).hasSize(1999);
        JsonNode side = new ObjectMapper().readTree(dir.resolve("broken.partial.csv.json").toFile());
        assertThat(side.path("partial").asText()).isEqualTo("true");
        assertThat(side.path("partial_reason").asText()).contains("while fetching results page 3");
    }

    @Test
    void aQueryThatFailsBeforeAnyRowWritesNoFile() {
        Path file = dir.resolve("nothing.parquet");

        assertThatThrownBy(() -> magics.cell(List.of("sql", "--to", file.toString()), "SELECT * FROM no_such_table"))
                .isInstanceOf(PantherException.class).hasMessageContaining("Object 'NO_SUCH_TABLE' does not exist");

        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void exportWritesATableOfTheSessionTyped() throws Exception {
        host.variables.put("logins", Table.create("logins",
                StringColumn.create("who", "ana", null, "bo"),
                InstantColumn.create("at", new Instant[] {Instant.parse("2026-03-01T10:00:00.123Z"), null,
                        Instant.parse("2026-03-02T00:00:00Z")}),
                LongColumn.create("tries", 3, 1, 7)));
        Path file = dir.resolve("logins.parquet");

        Result result = (Result) magics.line(List.of("export", "logins", "--to", file.toString()));

        assertThat(result.table().longColumn("rows").get(0)).isEqualTo(3);
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
            assertThat(rows(db, "SELECT who, CAST(\"at\" AS VARCHAR), tries FROM '" + file + "' ORDER BY tries"))
                    .containsExactly("null null 1", "ana 2026-03-01 10:00:00.123+00 3", "bo 2026-03-02 00:00:00+00 7");
            assertThat(metadata(db, file)).containsEntry("source", "Java variable logins").containsEntry("row_count", "3");
        }
    }

    @Test
    void aFileNameWithoutAKnownExtensionIsOneClearError() {
        host.variables.put("t", Table.create("t", LongColumn.create("n", 1)));

        assertThatThrownBy(() -> magics.line(List.of("export", "t", "--to", dir.resolve("t.xlsx").toString())))
                .isInstanceOf(UsageException.class)
                .hasMessageEndingWith("the file name must end in one of .parquet, .csv.gz, .csv, .jsonl");
    }

    @Test
    void aFileTakesOneQuerySoExplicitPartitionsAreRefusedBeforeAnythingRuns() {
        Path out = dir.resolve("split.parquet");

        assertThatThrownBy(() -> magics.cell(List.of("sql", "--to", out.toString(), "--partitions", "4"),
                "SELECT * FROM aws_cloudtrail WHERE p_occurs_since('1 day')"))
                .isInstanceOf(UsageException.class)
                .hasMessageStartingWith("--partitions 4 makes a table; --to streams one query into a file: drop --partitions");
        assertThat(out).doesNotExist();
    }

    private static List<String> rows(Connection db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int width = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int c = 1; c <= width; c++) {
                    row.append(c > 1 ? " " : "").append(rs.getString(c));
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    private static Map<String, String> metadata(Connection db, Path file) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT decode(key), decode(value) FROM parquet_kv_metadata('" + file + "')")) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }
}
