package dev.pantherkernel.kernel.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantherkernel.magics.chart.ChartBuilder;
import dev.pantherkernel.magics.chart.ChartKind;
import dev.pantherkernel.magics.chart.ChartRequest;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.InstantColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.api.VerticalBarPlot;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import java.time.Duration;

class FigureJsonTest {

    private final Table alerts = Table.create("alerts",
            InstantColumn.create("createdAt", new Instant[] {Instant.parse("2026-11-01T10:00:00Z"),
                    Instant.parse("2026-11-02T10:00:00Z"), Instant.parse("2026-11-02T11:00:00Z")}),
            StringColumn.create("severity", "HIGH", "CRITICAL", "HIGH"),
            StringColumn.create("title", "Root account used", "IAM privileges changed", "Console login without MFA"));

    @Test
    void aTablesawFigureBecomesPlotlyJsonWithEveryTraceInOrder() {
        JsonNode json = FigureJson.of(ChartBuilder.figure(alerts,
                new ChartRequest("createdAt", null, "severity", ChartKind.BAR, Duration.ofDays(1), null, null)));

        assertThat(json.path("data")).hasSize(2);
        assertThat(json.path("data").get(0).path("name").asText()).isEqualTo("HIGH");
        assertThat(json.path("data").get(1).path("name").asText()).isEqualTo("CRITICAL");
        assertThat(json.path("data").get(0).path("type").asText()).isEqualTo("bar");
        assertThat(json.path("data").get(0).path("y").toString()).isEqualTo("[1.0,1.0]");
        assertThat(json.path("config").path("responsive").asBoolean()).isTrue();
    }

    @Test
    void theLayoutFollowsTheOutputWidthAndTitlesAreObjectsAsPlotly3ReadsThem() {
        JsonNode layout = FigureJson.of(VerticalBarPlot.create("Alerts by severity", alerts.countBy("severity"),
                "severity", "Count")).path("layout");

        assertThat(layout.has("width")).isFalse();
        assertThat(layout.path("autosize").asBoolean()).isTrue();
        assertThat(layout.path("title").path("text").asText()).isEqualTo("Alerts by severity");
        assertThat(layout.path("paper_bgcolor").asText()).isEqualTo("rgba(0,0,0,0)");
    }

    @Test
    void axesMakeRoomForTheirTickLabelsBeforePlacingTheirTitles() {
        JsonNode layout = FigureJson.of(ChartBuilder.figure(alerts,
                new ChartRequest("createdAt", "title", null, ChartKind.TIMELINE, null, null, null))).path("layout");

        assertThat(layout.path("yaxis").path("automargin").asBoolean()).isTrue();
        assertThat(layout.path("yaxis").path("title").path("text").asText()).isEqualTo("title");
        assertThat(layout.path("yaxis").path("title").path("standoff").asInt()).isPositive();
        assertThat(layout.path("xaxis").path("automargin").asBoolean()).isTrue();
    }

    @Test
    void aPieKeepsItsSliceColours() {
        JsonNode pie = FigureJson.of(ChartBuilder.figure(alerts,
                new ChartRequest("severity", null, null, ChartKind.PIE, null, null, null))).path("data").get(0);

        assertThat(pie.path("marker").path("colors").toString()).isEqualTo("[\"#f28e2b\",\"#d62728\"]");
    }
}
