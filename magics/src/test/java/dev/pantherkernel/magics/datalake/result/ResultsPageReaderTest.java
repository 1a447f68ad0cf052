package dev.pantherkernel.magics.datalake.result;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.pantherkernel.magics.client.GraphQLErrorException;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.table.TableConversionException;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.LongColumn;
import tech.tablesaw.api.Table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The streaming page reader on reply bodies as Panther writes them. */
class ResultsPageReaderTest {

    private static final String COLUMNS = "\"columnInfo\": {\"order\": [\"n\", \"s\"], \"types\": {\"n\": \"NUMBER\", \"s\": \"VARCHAR\"}}";

    private static String reply(String results) {
        return "{\"data\": {\"dataLakeQuery\": {\"status\": \"succeeded\", \"message\": \"ok\", \"results\": " + results + "}}}";
    }

    private static String page(String edges) {
        return reply("{\"tryAgain\": false, " + COLUMNS + ", \"stats\": {\"bytesScanned\": 10, \"executionTime\": 5, "
                + "\"rowCount\": 3}, \"pageInfo\": {\"hasNextPage\": true, \"endCursor\": \"c1\"}, \"edges\": [" + edges + "]}");
    }

    private static ResultsPage read(String body) throws IOException {
        return new ResultsPageReader("q1", null, 0).read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static Table table(ResultsPage page) {
        ResultTable table = ResultTable.like(page.rows());
        table.append(page.rows(), page.size());
        return table.table("t");
    }

    @Test
    void rowsBecomeTypedColumnsAndThePageSaysWhatComesNext() throws IOException {
        ResultsPage page = read(page("{\"node\": {\"n\": 1, \"s\": \"a\"}}, {\"node\": {\"s\": \"b\", \"n\": 2}}, "
                + "{\"node\": {\"n\": null}}"));

        Table table = table(page);
        assertThat(((LongColumn) table.column("n")).get(1)).isEqualTo(2);
        assertThat(table.column("n").isMissing(2)).isTrue();
        assertThat(table.stringColumn("s").asList()).containsExactly("a", "b", "");
        assertThat(page.hasNextPage()).isTrue();
        assertThat(page.endCursor()).isEqualTo("c1");
        assertThat(page.stats()).isEqualTo(new ResultStats(10, 5, 3));
        assertThat(page.tryAgain()).isFalse();
    }

    @Test
    void theNextCursorIsToldBeforeTheRowsAreReadButNotForAPageThatIsNotReady() throws IOException {
        List<String> told = new ArrayList<>();
        assertThatThrownBy(() -> new ResultsPageReader("q1", null, 0, told::add, new TextDictionaries()).read(new ByteArrayInputStream(
                page("{\"node\": {\"n\": 1}}, {\"node\": ").getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class);
        assertThat(told).containsExactly("c1");

        told.clear();
        String notReady = reply("{\"tryAgain\": true, " + COLUMNS + ", \"pageInfo\": {\"hasNextPage\": true, "
                + "\"endCursor\": \"c0\"}, \"edges\": []}");
        new ResultsPageReader("q1", null, 0, told::add, new TextDictionaries()).read(new ByteArrayInputStream(notReady.getBytes(StandardCharsets.UTF_8)));
        assertThat(told).isEmpty();
    }

    @Test
    void aNumberColumnWithFractionsWidensToDoublesKeepingMissingCells() throws IOException {
        ResultsPage first = read(page("{\"node\": {\"n\": 1}}, {\"node\": {\"n\": null}}"));
        ResultsPage second = new ResultsPageReader("q1", first.rows().layout(), 2).read(new ByteArrayInputStream(
                page("{\"node\": {\"n\": 2.5}}").getBytes(StandardCharsets.UTF_8)));
        ResultTable table = ResultTable.like(first.rows());

        table.append(first.rows(), first.size());
        table.append(second.rows(), second.size());

        DoubleColumn n = (DoubleColumn) table.table("t").column("n");
        assertThat(n.get(0)).isEqualTo(1.0);
        assertThat(n.isMissing(1)).isTrue();
        assertThat(n.get(2)).isEqualTo(2.5);
    }

    @Test
    void aValueThatDoesNotFitItsColumnNamesTheRowAndTheColumn() {
        assertThatThrownBy(() -> read(page("{\"node\": {\"n\": 1}}, {\"node\": {\"n\": \"many\"}}")))
                .isInstanceOf(TableConversionException.class)
                .hasMessage("row 1, column n (NUMBER): cannot read \"many\" as a number");
    }

    @Test
    void aBodyCutOffHalfWayIsAJsonErrorSoTheClientAsksAgain() {
        String whole = page("{\"node\": {\"n\": 1, \"s\": \"a\"}}, {\"node\": {\"n\": 2, \"s\": \"b\"}}");

        assertThatThrownBy(() -> read(whole.substring(0, whole.length() / 2 + 20)))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void graphQLErrorsAreThrownWithTheirMessage() {
        assertThatThrownBy(() -> read("{\"errors\": [{\"message\": \"the results of query q1 expired\", "
                + "\"path\": [\"dataLakeQuery\", \"results\"]}], \"data\": {\"dataLakeQuery\": {\"status\": \"succeeded\", "
                + "\"results\": null}}}"))
                .isInstanceOf(GraphQLErrorException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void aQueryWithoutResultsSaysHowItStands() {
        assertThatThrownBy(() -> read("{\"data\": {\"dataLakeQuery\": {\"status\": \"running\", \"message\": \"busy\", "
                + "\"results\": null}}}"))
                .isInstanceOf(DataLakeQueryException.class)
                .hasMessageStartingWith("query q1 has no results to page: it is running (busy)");
    }

    @Test
    void rowsBeforeColumnInfoOnAFirstPageAreRefused() {
        assertThatThrownBy(() -> read(reply("{\"edges\": [{\"node\": {\"n\": 1}}], " + COLUMNS + "}")))
                .isInstanceOf(PantherException.class)
                .hasMessageContaining("list rows before columnInfo");
    }

    @Test
    void aPageThatIsNotReadyHasNoRows() throws IOException {
        ResultsPage page = read(reply("{\"tryAgain\": true, " + COLUMNS + ", \"edges\": []}"));

        assertThat(page.tryAgain()).isTrue();
        assertThat(page.size()).isZero();
    }
}
