package dev.pantherkernel.magics.datalake.sql;

import dev.pantherkernel.magics.client.SentValues;
import dev.pantherkernel.magics.datalake.DataLakeQuery;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** A cell's SQL is scanned once: the template, the facts, the limit and the partition plan read one {@link ParsedSql}. */
class ParsedSqlTest {

    private static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");
    private static final String WINDOWED = "SELECT p_row_id FROM okta_systemlog WHERE p_occurs_since('2 hours')";

    private static SqlTemplate.Filled fill(ParsedSql sql) {
        return SqlTemplate.fill(sql, name -> Optional.of("203.0.113.9"), (name, value) -> name, SentValues.AS_SHOWN);
    }

    @Test
    void theTemplateHandsOnTheScanItWasGivenWhenNoPlaceholderChangedTheSql() {
        ParsedSql cell = ParsedSql.of(WINDOWED);

        assertThat(fill(cell).parsed()).isSameAs(cell);
    }

    @Test
    void filledPlaceholdersGiveTheScanOfTheSqlAsItIsSent() {
        SqlTemplate.Filled filled = fill(ParsedSql.of(WINDOWED + " AND client:ipAddress::string = {ip}"));

        assertThat(filled.parsed().text()).isEqualTo(filled.sql()).contains("'203.0.113.9'");
        assertThat(filled.parsed().facts().tables()).extracting(TableName::table).containsExactly("okta_systemlog");
    }

    @Test
    void theFactsAndTheTopLevelAreReadFromTheScanOnceAndKept() {
        ParsedSql cell = ParsedSql.of(WINDOWED);

        assertThat(cell.facts()).isSameAs(cell.facts());
        assertThat(TimePartitions.check(cell, false, NOW).query()).isSameAs(cell.topLevel());
        assertThat(TimePartitions.plan(DerivedSql.original(WINDOWED), TimePartitions.check(cell, false, NOW), 2).parts())
                .hasSize(2);
    }

    @Test
    void aLimitThatLimitWouldAddRefusesTheSplitJustAsTheLimitWrittenInTheSql() {
        for (String sql : List.of(WINDOWED, "SELECT DISTINCT p_row_id FROM t WHERE p_occurs_since('1 day')",
                "SELECT a FROM t WHERE p_occurs_since('1 day') UNION ALL SELECT a FROM u WHERE p_occurs_since('1 day')",
                "SELECT COUNT(*) FROM t WHERE p_occurs_since('1 day');")) {
            ParsedSql cell = ParsedSql.of(sql);
            String limited = LimitClause.apply(cell, 10);

            assertThat(limited).as(sql).contains("LIMIT 10");
            assertThat(TimePartitions.check(cell, LimitClause.adds(cell, 10), NOW).refusal()).as(sql)
                    .isNotNull().isEqualTo(TimePartitions.check(ParsedSql.of(limited), false, NOW).refusal());
        }
    }

    @Test
    void onlyTheParsedSqlScansACellsSqlOnItsWayThroughTheQuery() throws IOException, URISyntaxException {
        Path classes = Path.of(ParsedSql.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> scanning = new ArrayList<>();
        for (Class<?> reader : List.of(SqlTemplate.class, SqlFacts.class, LimitClause.class, TimePartitions.class,
                TimeWindow.class, TopLevelSelect.class, DataLakeQuery.class, ParsedSql.class)) {
            Path folder = classes.resolve(reader.getPackageName().replace('.', '/'));
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.getFileName().toString().matches(reader.getSimpleName() + "(\\$.*)?\\.class")).toList()) {
                    // a class names every class it calls in its constant pool
                    if (new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(SqlScanner.class.getName().replace('.', '/'))) {
                        scanning.add(file.getFileName().toString());
                    }
                }
            }
        }
        assertThat(scanning).containsExactly("ParsedSql.class");
    }
}
