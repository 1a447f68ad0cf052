package dev.pantherkernel.magics.chart;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChartBuilderTest {

    private static final Instant DAY1 = Instant.parse("2026-11-01T10:00:00Z");

    private final Table alerts = Table.create("alerts",
            InstantColumn.create("createdAt", new Instant[] {DAY1, DAY1.plusSeconds(3600), DAY1.plus(Duration.ofDays(2)),
                    DAY1.plus(Duration.ofDays(2))}),
            StringColumn.create("severity", "HIGH", "CRITICAL", "HIGH", "LOW"),
            StringColumn.create("title", "a", "b", "c", "d"),
            DoubleColumn.create("events", 1, 5, 2, 2));

    private static String js(Figure figure) {
        return figure.asJavascript("chart").replaceAll("\\s+", " ");
    }

    private static ChartRequest request(String x, String y, String by, ChartKind kind, Duration bucket, Aggregation agg) {
        return new ChartRequest(x, y, by, kind, bucket, agg, null);
    }

    @Test
    void barsCountRowsPerTimeBucketAndSeriesWithEmptyBucketsAsZero() {
        String js = js(ChartBuilder.figure(alerts, request("createdAt", null, "severity", ChartKind.BAR,
                Duration.ofDays(1), null)));

        assertThat(js).contains("\"2026-11-01 00:00:00\",\"2026-11-02 00:00:00\",\"2026-11-03 00:00:00\"");
        assertThat(js).contains("name: 'HIGH'").contains("y: [1.0, 0.0, 1.0]");
        assertThat(js).contains("name: 'CRITICAL'").contains("y: [1.0, 0.0, 0.0]");
        assertThat(js).contains("barmode: 'stack'").contains("title: 'alerts per 1d, by severity'")
                .contains("title: 'alerts'");
    }

    @Test
    void severitySeriesComeInSeverityOrderWithTheirColours() {
        String js = js(ChartBuilder.figure(alerts, request("createdAt", null, "severity", ChartKind.BAR,
                Duration.ofDays(1), null)));

        assertThat(js.indexOf("name: 'LOW'")).isLessThan(js.indexOf("name: 'HIGH'"));
        assertThat(js.indexOf("name: 'HIGH'")).isLessThan(js.indexOf("name: 'CRITICAL'"));
        assertThat(js).contains("#d62728");
    }

    @Test
    void categoriesAreSortedByTheirTotal() {
        String js = js(ChartBuilder.figure(alerts, request("severity", null, null, ChartKind.BAR, null, null)));

        assertThat(js).contains("x: [\"HIGH\",\"CRITICAL\",\"LOW\"]").contains("y: [2.0, 1.0, 1.0]");
    }

    @Test
    void sumAndMeanUseTheNumericY() {
        assertThat(js(ChartBuilder.figure(alerts, request("severity", "events", null, ChartKind.BAR, null, Aggregation.SUM))))
                .contains("x: [\"CRITICAL\",\"HIGH\",\"LOW\"]").contains("y: [5.0, 3.0, 2.0]").contains("name: 'sum of events'");
        assertThat(js(ChartBuilder.figure(alerts, request("severity", "events", null, ChartKind.BAR, null, Aggregation.MEAN))))
                .contains("x: [\"CRITICAL\",\"LOW\",\"HIGH\"]").contains("y: [5.0, 2.0, 1.5]");
    }

    @Test
    void everyKindDraws() {
        assertThat(js(ChartBuilder.figure(alerts, request("createdAt", null, "severity", ChartKind.LINE, null, null))))
                .contains("mode: 'lines'");
        assertThat(js(ChartBuilder.figure(alerts, request("createdAt", null, "severity", ChartKind.AREA, null, null))))
                .contains("fill: 'tonexty'");
        assertThat(js(ChartBuilder.figure(alerts, request("severity", null, null, ChartKind.PIE, null, null))))
                .contains("\"type\":\"pie\"");
        assertThat(js(ChartBuilder.figure(alerts, request("events", null, null, ChartKind.HISTOGRAM, null, null))))
                .contains("type: 'histogram'");
        assertThat(js(ChartBuilder.figure(alerts, request("createdAt", "events", "severity", ChartKind.SCATTER, null, null))))
                .contains("mode: 'markers'");
        assertThat(js(ChartBuilder.figure(alerts, request("createdAt", "title", null, ChartKind.TIMELINE, null, null))))
                .contains("\"2026-11-01 10:00:00\"").contains("\"a\"");
    }

    @Test
    void aPieOfSeveritiesUsesTheSeverityColoursInSeverityOrder() {
        String js = js(ChartBuilder.figure(alerts, request("severity", null, null, ChartKind.PIE, null, null)));

        assertThat(js).contains("\"labels\":[\"LOW\",\"HIGH\",\"CRITICAL\"]").contains("\"values\":[1.0,2.0,1.0]")
                .contains("\"marker\":{\"colors\":[\"#4e79a7\",\"#f28e2b\",\"#d62728\"]}").contains("\"sort\":false");
    }

    @Test
    void aTimelineLeavesItsMarginsToTheRendererSoTheAxisTitleClearsTheLabels() {
        String js = js(ChartBuilder.figure(alerts, request("createdAt", "title", null, ChartKind.TIMELINE, null, null)));

        assertThat(js).doesNotContain("margin").doesNotContain("width: 900");
    }

    @Test
    void aMissingColumnIsNamedWithTheNearestOne() {
        assertThatThrownBy(() -> ChartBuilder.figure(alerts, request("creatdAt", null, null, null, null, null)))
                .isInstanceOf(ChartException.class).hasMessageContaining("--x creatdAt")
                .hasMessageContaining("did you mean createdAt?");
    }

    @Test
    void columnsAreNamedInAnyCase() {
        assertThat(ChartBuilder.figure(alerts, request("CREATEDAT", null, "Severity", null, null, null))).isNotNull();
    }

    @Test
    void aKindThatDoesNotFitTheColumnTypesSaysWhatWould() {
        assertThatThrownBy(() -> ChartBuilder.figure(alerts, request("severity", null, null, ChartKind.LINE, null, null)))
                .hasMessageContaining("needs a time or numeric --x").hasMessageContaining("use --kind bar");
        assertThatThrownBy(() -> ChartBuilder.figure(alerts, request("createdAt", null, null, ChartKind.PIE, null, null)))
                .hasMessageContaining("a pie needs a category --x");
        assertThatThrownBy(() -> ChartBuilder.figure(alerts, request("createdAt", null, null, ChartKind.HISTOGRAM, null, null)))
                .hasMessageContaining("use --kind bar with --bucket");
        assertThatThrownBy(() -> ChartBuilder.figure(alerts, request("severity", "title", null, ChartKind.BAR, null, Aggregation.SUM)))
                .hasMessageContaining("--agg sum needs a numeric --y column");
        assertThatThrownBy(() -> ChartBuilder.figure(alerts, request("severity", null, null, ChartKind.BAR, Duration.ofDays(1), null)))
                .hasMessageContaining("--bucket needs a time --x column");
    }

    @Test
    void aMissingCategoryIsDrawnAsNoneAndTheAxisCountsIt() {
        Table alerts = Table.create("alerts", StringColumn.create("origin.name", "A", "", "A", ""),
                StringColumn.create("status", "OPEN", "OPEN", "", "CLOSED"));

        String js = js(ChartBuilder.figure(alerts, request("origin.name", null, "status", ChartKind.BAR, null, null)));

        assertThat(js).contains("x: [\"A\",\"(none)\"]").contains("name: '(none)'");
        assertThat(js).contains("origin.name · 2 alerts have no origin.name: counted as (none) · 1 alert has no status: "
                + "counted as (none)");
    }

    @Test
    void rowsWithoutATimeOrANumberAreCountedNotDroppedSilently() {
        Table rows = Table.create("sql", InstantColumn.create("at", new Instant[] {DAY1, null, DAY1}),
                DoubleColumn.create("bytes", 1, 2, Double.NaN));

        assertThat(js(ChartBuilder.figure(rows, request("at", null, null, ChartKind.BAR, Duration.ofDays(1), null))))
                .contains("at (per 1d) · 1 row has no at: not drawn").contains("y: [2.0]");
        assertThat(js(ChartBuilder.figure(rows, request("bytes", null, null, ChartKind.HISTOGRAM, null, null))))
                .contains("1 row has no bytes: not drawn");
        assertThat(js(ChartBuilder.figure(rows, request("at", "bytes", null, ChartKind.SCATTER, null, null))))
                .contains("1 row has no at: not drawn · 1 row has no bytes: not drawn");
    }

    @Test
    void theAxisSaysWhatWasCounted() {
        assertThat(js(ChartBuilder.figure(alerts, request("severity", null, null, ChartKind.BAR, null, null))))
                .contains("title: 'alerts by severity'").contains("title: 'alerts'").doesNotContain("'rows'");
        Table users = alerts.copy();
        users.setName("saved queries");
        assertThat(js(ChartBuilder.figure(users, request("severity", null, null, ChartKind.BAR, null, null))))
                .contains("title: 'saved queries'");
        Table query = alerts.copy();
        query.setName("sql");
        assertThat(js(ChartBuilder.figure(query, request("severity", null, null, ChartKind.BAR, null, null))))
                .contains("title: 'sql: rows by severity'").contains("title: 'rows'");
    }

    @Test
    void theTitleNamesWhereTheRowsCameFromWhenAsked() {
        assertThat(js(ChartBuilder.figure(alerts, request("severity", null, null, ChartKind.BAR, null, null),
                "the last result (alerts)"))).contains("title: 'the last result (alerts): alerts by severity'");
    }
}
