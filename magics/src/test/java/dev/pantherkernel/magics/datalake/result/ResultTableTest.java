package dev.pantherkernel.magics.datalake.result;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.ArrayList;
import java.util.Map;
import tech.tablesaw.api.StringColumn;

/** A result's pages become the table's columns in one piece each, with every value and missing cell in place. */
class ResultTableTest {

    private static final String EVERY_KIND = columns("t TIMESTAMP_NTZ", "d DATE", "tm TIME", "n NUMBER", "f FLOAT",
            "b BOOLEAN", "s VARCHAR", "v VARIANT", "u ");
    private static final String TEXT_AND_NUMBER = columns("s VARCHAR", "n NUMBER");

    @Test
    void everyKindOfColumnIsJoinedFromItsPagesWithItsMissingCells() throws IOException {
        ResultTable result = read(EVERY_KIND, List.of(
                List.of("{\"t\":\"2024-05-01 13:45:00.000\",\"d\":\"2024-05-01\",\"tm\":\"13:45:00\",\"n\":7,\"f\":1.5,"
                        + "\"b\":true,\"s\":\"a\",\"v\":{\"k\":[1,2]},\"u\":3}",
                        "{\"t\":null,\"d\":null,\"tm\":null,\"n\":null,\"f\":null,\"b\":null,\"s\":null,\"v\":null,\"u\":null}"),
                List.of("{}"),
                List.of("{\"t\":\"2024-05-02 00:00:00.500\",\"d\":\"2024-05-02\",\"tm\":\"00:00:01\",\"n\":-2,\"f\":-0.25,"
                        + "\"b\":false,\"s\":\"a\",\"v\":\"text\",\"u\":4}")));

        Table table = result.table("sql");

        assertThat(table.rowCount()).isEqualTo(4);
        assertThat(table.instantColumn("t").asList()).containsExactly(Instant.parse("2024-05-01T13:45:00Z"), null, null,
                Instant.parse("2024-05-02T00:00:00.500Z"));
        assertThat(table.dateColumn("d").asList()).containsExactly(LocalDate.of(2024, 5, 1), null, null, LocalDate.of(2024, 5, 2));
        assertThat(table.timeColumn("tm").asList()).containsExactly(LocalTime.of(13, 45), null, null, LocalTime.of(0, 0, 1));
        assertThat(table.longColumn("n").asList()).containsExactly(7L, null, null, -2L);
        assertThat(table.doubleColumn("f").isMissing().size()).isEqualTo(2);
        assertThat(table.doubleColumn("f").get(0)).isEqualTo(1.5);
        assertThat(table.doubleColumn("f").get(3)).isEqualTo(-0.25);
        assertThat(table.booleanColumn("b").asList()).containsExactly(true, null, null, false);
        assertThat(table.stringColumn("s").asList()).containsExactly("a", "", "", "a");
        assertThat(table.stringColumn("s").isMissing().size()).isEqualTo(2);
        assertThat(table.stringColumn("v").asList()).containsExactly("{\"k\":[1,2]}", "", "", "text");
        assertThat(table.longColumn("u").asList()).containsExactly(3L, null, null, 4L);
        assertThat(result.inferredKinds()).containsExactly(Map.entry("u", "long"));
    }

    @Test
    void wholeNumbersThatMeetAFractionOnALaterPageMakeTheColumnDoubles() throws IOException {
        ResultTable result = read(columns("n NUMBER"), List.of(List.of("{\"n\":1}", "{\"n\":null}"), List.of("{\"n\":2.5}", "{\"n\":3}")));

        Table table = result.table("sql");

        assertThat(table.column("n").type().name()).isEqualTo("DOUBLE");
        assertThat(table.doubleColumn("n").get(0)).isEqualTo(1.0);
        assertThat(table.doubleColumn("n").isMissing(1)).isTrue();
        assertThat(table.doubleColumn("n").get(2)).isEqualTo(2.5);
        assertThat(table.doubleColumn("n").get(3)).isEqualTo(3.0);
    }

    @Test
    void aPageCutShortByTheLimitGivesOnlyItsFirstRowsAndItsOtherTextsAreNoCategories() throws IOException {
        TextDictionaries dictionaries = new TextDictionaries();
        ResultsPage first = page(columns("s VARCHAR"), List.of("{\"s\":\"x\"}", "{\"s\":\"y\"}"), null, 0, dictionaries);
        ResultsPage second = page(columns("s VARCHAR"), List.of("{\"s\":\"kept\"}", "{\"s\":\"cut off\"}"),
                first.rows().layout(), 2, dictionaries);
        ResultTable result = ResultTable.like(first.rows());
        result.append(first.rows(), 2);
        result.append(second.rows(), 1);

        Table table = result.table("sql");

        assertThat(table.stringColumn("s").asList()).containsExactly("x", "y", "kept");
        assertThat(table.stringColumn("s").countUnique()).isEqualTo(3);
    }

    @Test
    void resultsJoinedFromPartsKeepTheirRowsInOrderAndTheirTextsWhateverDictionaryReadThem() throws IOException {
        ResultTable early = read(TEXT_AND_NUMBER, List.of(List.of("{\"s\":\"b\",\"n\":1}", "{\"s\":\"a\",\"n\":2}")));
        ResultTable empty = ResultTable.none();
        ResultTable late = read(TEXT_AND_NUMBER, List.of(List.of("{\"s\":\"a\",\"n\":3}"), List.of("{\"s\":\"c\",\"n\":4}")));

        Table table = ResultTable.joined(List.of(early, empty, late)).table("sql");

        assertThat(table.stringColumn("s").asList()).containsExactly("b", "a", "a", "c");
        assertThat(table.longColumn("n").asList()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(table.stringColumn("s").countUnique()).isEqualTo(3);
    }

    @Test
    void textsReadPageByPageMakeTheColumnTablesawsAppendsWouldMake() throws IOException {
        // mostly distinct: plain text from the row past the short keys; repeated: dictionary-encoded with int keys
        for (int repeats : List.of(1, 3)) {
            List<List<String>> pages = new ArrayList<>();
            StringColumn appended = StringColumn.create("s");
            List<String> page = new ArrayList<>();
            for (int i = 0; i < 70_000 * repeats; i++) {
                String text = i % 500 == 7 ? null : i % 1000 == 9 ? "" : "event " + (i / repeats + (i % repeats) * 7);
                appended.append(text);
                page.add(text == null ? "{}" : "{\"s\":\"" + text + "\"}");
                if (page.size() == ResultsOperation.PAGE_SIZE) {
                    pages.add(page);
                    page = new ArrayList<>();
                }
            }
            pages.add(page);

            StringColumn read = read(columns("s VARCHAR"), pages).table("sql").stringColumn("s");

            // a missing cell reads as the empty text throughout (appended, Tablesaw leaves null after the switch)
            assertThat(read.asList()).isEqualTo(appended.asList().stream().map(v -> v == null ? "" : v).toList());
            List<String> sent = appended.asList();
            // (Tablesaw's own isMissing fails on the appended column's null cells: the texts sent say which are missing)
            for (int i = 0; i < sent.size(); i++) {
                assertThat(read.isMissing(i)).as("row %d missing", i).isEqualTo(sent.get(i) == null || sent.get(i).isEmpty());
            }
            assertThat(read.countUnique()).isEqualTo(appended.asList().stream().map(v -> v == null ? "" : v).distinct().count());
            assertThat(kindOfData(read)).isEqualTo(kindOfData(appended)).isEqualTo(repeats == 1 ? "text" : "dictionary");
            assertThat(read.isEqualTo("event 1234").size()).isEqualTo(sent.stream().filter("event 1234"::equals).count());
        }
    }

    /** Whether Tablesaw keeps the column as plain text (it cannot count categories then) or as a dictionary. */
    private static String kindOfData(StringColumn column) {
        try {
            column.countByCategory();
            return "dictionary";
        } catch (UnsupportedOperationException plainText) {
            return "text";
        }
    }

    @Test
    void theTableIsMadeOnceAndAskedAgainIsTheSame() throws IOException {
        ResultTable result = read(TEXT_AND_NUMBER, List.of(List.of("{\"s\":\"b\",\"n\":1}")));

        assertThat(result.table("sql")).isSameAs(result.table("sql"));
    }

    /** {@code columnInfo} of columns written {@code "name TYPE"}. */
    private static String columns(String... columns) {
        List<String> names = Arrays.stream(columns).map(c -> c.split(" ", 2)[0]).toList();
        String order = String.join(",", names.stream().map(n -> "\"" + n + "\"").toList());
        String types = String.join(",", Arrays.stream(columns)
                .map(c -> "\"" + c.split(" ", 2)[0] + "\":\"" + c.split(" ", 2)[1] + "\"").toList());
        return "\"columnInfo\":{\"order\":[" + order + "],\"types\":{" + types + "}}";
    }

    private static ResultTable read(String columns, List<List<String>> pages) throws IOException {
        TextDictionaries dictionaries = new TextDictionaries();
        ResultTable result = null;
        ColumnLayout layout = null;
        long before = 0;
        for (List<String> rows : pages) {
            ResultsPage page = page(columns, rows, layout, before, dictionaries);
            if (result == null) {
                result = ResultTable.like(page.rows());
            }
            layout = page.rows().layout();
            result.append(page.rows(), page.size());
            before += page.size();
        }
        return result;
    }

    private static ResultsPage page(String columns, List<String> rows, ColumnLayout layout, long before,
                                    TextDictionaries dictionaries) throws IOException {
        String body = "{\"data\":{\"dataLakeQuery\":{\"status\":\"succeeded\",\"results\":{\"tryAgain\":false," + columns
                + ",\"pageInfo\":{\"hasNextPage\":false,\"endCursor\":null},\"edges\":["
                + String.join(",", rows.stream().map(r -> "{\"node\":" + r + "}").toList()) + "]}}}}";
        return new ResultsPageReader("q1", layout, before, cursor -> { }, dictionaries)
                .read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }
}
