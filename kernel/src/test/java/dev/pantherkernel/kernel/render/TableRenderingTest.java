package dev.pantherkernel.kernel.render;

import dev.pantherkernel.magics.table.TableDisplay;
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
    void aValueOfMegabytesIsKeptToTenThousandCharactersInEveryRendering() {
        Table t = Table.create("events", StringColumn.create("event", "x".repeat(5_000_000)));

        for (TableDisplay display : List.of(TableDisplay.DEFAULT, TableDisplay.FULL)) {
            TableView view = TableView.of(t, display);
            String html = TableHtml.render(view, List.of(), List.of());

            assertThat(html.length()).isBetween(TableView.MAX_VALUE_CHARS, 3 * TableView.MAX_VALUE_CHARS);
            assertThat(html).contains("… 4,990,000 more characters not shown (5,000,000 in all): the table holds the whole value");
            assertThat(TableText.render(view, List.of(), List.of()).length()).isLessThan(TableView.MAX_VALUE_CHARS + 500);
        }
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
        TableView view = TableView.of(numbers(40));

        assertThat(view.headIndexes()).startsWith(0).endsWith(19).hasSize(20);
        assertThat(view.tailIndexes()).containsExactly(35, 36, 37, 38, 39);
        assertThat(view.hiddenRows()).isEqualTo(15);
        assertThat(TableHtml.render(view, List.of(), List.of()))
                .contains("showing the first 20 and last 5 rows; 15 rows hidden");
    }

    @Test
    void aTableThatWouldHideFewerThanFiveRowsIsShownWhole() {
        assertThat(TableView.of(numbers(26)).hiddenRows()).isZero();
        assertThat(TableView.of(numbers(29)).hiddenRows()).isZero();
        assertThat(TableView.of(numbers(30)).hiddenRows()).isEqualTo(5);
    }

    @Test
    void theDisplaySettingShowsMoreRowsOrEveryRow() {
        TableView hundred = TableView.of(numbers(500), TableDisplay.DEFAULT.withRows(100));
        TableView all = TableView.of(numbers(500), TableDisplay.DEFAULT.withRows(0));

        assertThat(hundred.head()).hasSize(95);
        assertThat(hundred.tail()).hasSize(5);
        assertThat(all.head()).hasSize(500);
        assertThat(TableHtml.render(all, List.of(), List.of())).doesNotContain("rows hidden").contains("<th class=\"i\">499</th>");
    }

    @Test
    void wholeValuesAreNeverCutAndLongOnesWrap() {
        String runbook = "The root account should never be used day to day: sign in with it only to change account settings "
                + "that need it, then rotate its credentials.";
        Table t = Table.create("t", StringColumn.create("runbook", runbook, "short"));

        String cut = TableHtml.render(TableView.of(t), List.of(), List.of());
        String whole = TableHtml.render(TableView.of(t, TableDisplay.FULL), List.of(), List.of());
        String text = TableText.render(TableView.of(t, TableDisplay.FULL), List.of(), List.of());

        assertThat(cut).contains("<td class=\"w\" title=\"" + runbook + "\">" + runbook + "</td>").contains("--panther-width:48ch");
        assertThat(whole).contains("<table class=\"panther whole\"").contains("<td class=\"w\">" + runbook + "</td>")
                .contains("table.panther.whole td.w{white-space:pre-wrap;").doesNotContain("title=\"The root");
        assertThat(text).contains(runbook);
        assertThat(TableText.render(TableView.of(t), List.of(), List.of())).doesNotContain(runbook).contains("The root account should never be used day to da…");
    }

    @Test
    void onNbconvertPagesLongValuesWrapInsteadOfBeingCut() {
        String html = TableHtml.render(TableView.of(numbers(1)), List.of(), List.of());

        // nbconvert's lab template puts jp-Notebook on <body>, its classic template a <main> around #notebook; JupyterLab
        // and Notebook 7 have neither, so they keep cutting (with the value on hover)
        assertThat(html).contains("body.jp-Notebook .panther-table table.panther td.w,main>#notebook .panther-table table.panther td.w"
                + "{white-space:pre-wrap;overflow-wrap:anywhere;text-overflow:clip;");
    }

    @Test
    void onlyTheRowsAndTheirHeaderCanBeSelectedSoACopyIsARectangle() {
        String html = TableHtml.render(TableView.of(numbers(40)), List.of("query 1"), List.of());

        // the header has no type row: the type sits in the name's cell, unselectable, as are the row numbers, the
        // hidden-rows note and the one-line footer
        assertThat(html).doesNotContain("class=\"types\"").contains("<th class=\"c0 n\">n<span class=\"t\"><br>INTEGER</span></th>")
                .contains("thead th .t{font-weight:normal;font-size:10px;color:var(--jp-ui-font-color2,#666);"
                        + "-webkit-user-select:none;user-select:none}")
                .contains("color:var(--jp-ui-font-color2,#666);-webkit-user-select:none;user-select:none}")
                .contains("tr.hidden-rows{-webkit-user-select:none;user-select:none}")
                .contains("p.panther-footer{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;-webkit-user-select:none;user-select:none}");
    }

    @Test
    void anEmptyFirstValueHoldsAZeroWidthSpaceSoItsRowCopiesWithEveryField() {
        Table t = Table.create("t", StringColumn.create("origin.name", "", "AWS Root Activity"),
                StringColumn.create("note", "", "x"));

        String html = TableHtml.render(TableView.of(t), List.of(), List.of());

        assertThat(html).contains("<tr><th class=\"i\">0</th><td class=\"c0\">\u200b</td><td></td></tr>");
    }

    @Test
    void theFooterIsOneLineWithEveryFactInFullOnHover() {
        List<String> details = List.of("4 queries: 01J2AAAAAAAAAAAAAAAAAAAAAA, 01J2BBBBBBBBBBBBBBBBBBBBBB", "bytes scanned 1.2 MB\nin 4 parts");

        String html = TableHtml.render(TableView.of(numbers(2)), details, List.of());

        assertThat(html).contains("<p class=\"panther-footer\" title=\"2 rows × 1 column\n4 queries: 01J2AAAAAAAAAAAAAAAAAAAAAA, "
                + "01J2BBBBBBBBBBBBBBBBBBBBBB\nbytes scanned 1.2 MB in 4 parts\">2 rows × 1 column · 4 queries: 01J2AAAAAAAAAAAAAAAAAAAAAA, "
                + "01J2BBBBBBBBBBBBBBBBBBBBBB · bytes scanned 1.2 MB in 4 parts</p>");
    }

    @Test
    void theWholeFooterIsAFactALineAndSelectable() {
        String html = TableHtml.render(TableView.of(numbers(2), TableDisplay.FULL), List.of("query 42", "0.3 s"), List.of());
        String text = TableText.render(TableView.of(numbers(2), TableDisplay.FULL), List.of("query 42", "0.3 s"), List.of());

        assertThat(html).contains("<div class=\"panther-footer\"><div>2 rows × 1 column</div><div>query 42</div><div>0.3 s</div></div>");
        assertThat(text).endsWith("2 rows × 1 column\nquery 42\n0.3 s");
    }

    @Test
    void aShortFirstColumnStaysInViewAndAnAlertIdDoesNot() {
        Table times = Table.create("t", StringColumn.create("severity", "HIGH"), StringColumn.create("title", "x"));
        Table alerts = Table.create("t", StringColumn.create("id", "4f2b8f0e9c1d4a7b8e6f5a3c2d1b0a99"), StringColumn.create("title", "x"));

        assertThat(TableHtml.render(TableView.of(times), List.of(), List.of())).contains("<td class=\"c0\">HIGH</td>");
        assertThat(TableHtml.render(TableView.of(alerts), List.of(), List.of()))
                .contains("<td>4f2b8f0e9c1d4a7b8e6f5a3c2d1b0a99</td>").doesNotContain("class=\"c0");
    }

    @Test
    void theFooterCarriesTheShapeAndTheCallersDetailsAndWarnings() {
        Table t = Table.create("t", DoubleColumn.create("d", 1.5, 2.5), IntColumn.create("i", 1, 2));

        String html = TableHtml.render(TableView.of(t), List.of("query 42", "0.3 s"), List.of("truncated at 2 rows"));

        assertThat(html).contains("2 rows × 2 columns · query 42 · 0.3 s").contains("truncated at 2 rows")
                .contains(">DOUBLE</span></th>").contains(">INTEGER</span></th>");
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

        assertThat(html).contains("<td class=\"w\" title=\"" + longTitle + "\">" + longTitle + "</td>")
                .contains("<td>short</td>").contains("text-overflow:ellipsis");
    }

    @Test
    void aWideTableScrollsInItsOwnBoxWithTheRowNumberAndFirstColumnKept() {
        TableView view = TableView.of(numbers(1200));

        String html = TableHtml.render(view, List.of(), List.of());

        assertThat(html).contains("<div class=\"panther-scroll\"><table class=\"panther\" style=\"--panther-index:4ch;--panther-width:48ch\">")
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

        assertThat(text).contains("…").endsWith("100 rows × 1 column · showing the first 20 and last 5 rows; 75 rows hidden").contains("99");
    }
}
