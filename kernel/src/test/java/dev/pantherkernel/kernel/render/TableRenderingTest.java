package dev.pantherkernel.kernel.render;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TableRenderingTest {

    private static Table numbers(int rows) {
        IntColumn n = IntColumn.create("n");
        for (int i = 0; i < rows; i++) {
            n.append(i);
        }
        return Table.create("numbers", n);
    }

    @Test
    void cellTextIsEscaped() {
        Table t = Table.create("t", StringColumn.create("s", "<script>alert('x')</script> & \"q\""));

        String html = TableHtml.render(TableView.of(t), List.of(), List.of());

        assertThat(html).doesNotContain("<script>alert")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    }

    @Test
    void aShortTableShowsEveryRowAndNoHiddenNote() {
        TableView view = TableView.of(numbers(25));

        assertThat(view.head()).hasSize(25);
        assertThat(view.tail()).isEmpty();
        assertThat(TableHtml.render(view, List.of(), List.of())).doesNotContain("rows hidden").contains("25 rows × 1 column");
    }

    @Test
    void aLongTableShowsTheFirstTwentyAndLastFiveRows() {
        TableView view = TableView.of(numbers(26));

        assertThat(view.headIndexes()).startsWith(0).endsWith(19).hasSize(20);
        assertThat(view.tailIndexes()).containsExactly(21, 22, 23, 24, 25);
        assertThat(view.hiddenRows()).isEqualTo(1);
        assertThat(TableHtml.render(view, List.of(), List.of()))
                .contains("showing the first 20 and last 5 rows; 1 rows hidden");
    }

    @Test
    void theFooterCarriesTheShapeAndTheCallersDetailsAndWarnings() {
        Table t = Table.create("t", DoubleColumn.create("d", 1.5, 2.5), IntColumn.create("i", 1, 2));

        String html = TableHtml.render(TableView.of(t), List.of("query 42", "0.3 s"), List.of("truncated at 2 rows"));

        assertThat(html).contains("2 rows × 2 columns · query 42 · 0.3 s").contains("truncated at 2 rows")
                .contains(">DOUBLE</th>").contains(">INTEGER</th>");
    }

    @Test
    void numbersAreRightAlignedAndTextLeftByRulesMoreSpecificThanTheFrontEnds() {
        Table t = Table.create("t", StringColumn.create("s", "a"), DoubleColumn.create("d", 1.5), IntColumn.create("i", new int[] {7}));

        String html = TableHtml.render(TableView.of(t), List.of(), List.of());

        assertThat(html).contains("<td class=\"c0\">a</td>").contains("<td class=\"n\">1.5</td>")
                .contains("<td class=\"n\">7</td>")
                // JupyterLab right-aligns every cell with `.jp-RenderedHTMLCommon td`: ours must outrank it
                .contains(".panther-table table.panther th,.panther-table table.panther td{padding:2px 6px;text-align:left;")
                .contains(".panther-table table.panther td.n{text-align:right}");
    }

    @Test
    void aLongCellIsCutWithItsFullValueOnHover() {
        String longTitle = "IAM privileges changed by arn:aws:iam::123456789012:user/someone-with-a-long-name";
        Table t = Table.create("t", StringColumn.create("title", longTitle, "short"));

        String html = TableHtml.render(TableView.of(t), List.of(), List.of());

        assertThat(html).contains("<td class=\"c0\" title=\"" + longTitle + "\">" + longTitle + "</td>")
                .contains("<td class=\"c0\">short</td>").contains("text-overflow:ellipsis");
    }

    @Test
    void aWideTableScrollsInItsOwnBoxWithTheRowNumberAndFirstColumnKept() {
        TableView view = TableView.of(numbers(1200));

        String html = TableHtml.render(view, List.of(), List.of());

        assertThat(html).contains("<div class=\"panther-scroll\"><table class=\"panther\" style=\"--panther-index:4ch\">")
                .contains(".panther-table .panther-scroll{overflow-x:auto;max-width:100%}")
                .contains("<th class=\"i\">1199</th>")
                .contains("tr.hidden-rows span{position:sticky;");
    }

    @Test
    void notesAndFootersUseTheThemesColoursWithFallbacks() {
        String html = TableHtml.render(TableView.of(numbers(3)), List.of(), List.of("cut short"));

        assertThat(html).contains(".panther-footer{color:var(--jp-content-font-color2,#555)")
                .contains("border-left:4px solid var(--jp-warn-color1,#f57c00)")
                .doesNotContain("#a40").doesNotContain("color:#555");
    }

    @Test
    void missingValuesAreEmptyCells() {
        DoubleColumn d = DoubleColumn.create("d", 1.0);
        d.appendMissing();
        TableView view = TableView.of(Table.create("t", d));

        assertThat(view.head().get(1)).containsExactly("");
    }

    @Test
    void plainTextAlignsColumnsAndEndsWithTheShape() {
        Table t = Table.create("t", StringColumn.create("name", "a", "longer"), IntColumn.create("v", 1, 22));

        String text = TableText.render(TableView.of(t), List.of(), List.of());

        assertThat(text.lines().toList()).containsExactly(
                "   name     v",
                "0  a        1",
                "1  longer  22",
                "2 rows × 2 columns");
    }

    @Test
    void plainTextMarksHiddenRows() {
        String text = TableText.render(TableView.of(numbers(100)), List.of(), List.of());

        assertThat(text).contains("…").contains("75 rows hidden").contains("99");
    }
}
