package dev.pantherkernel.magics.lakechart;

import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.magics.PantherMagics;
import dev.pantherkernel.magics.api.Panther;
import dev.pantherkernel.magics.chart.ChartBuilder;
import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.chart.ChartKind;
import dev.pantherkernel.magics.chart.ChartRequest;
import dev.pantherkernel.magics.core.UsageException;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.table.Result;
import dev.pantherkernel.magics.testing.RecordingHost;
import dev.pantherkernel.magics.testing.Sessions;
import dev.pantherkernel.magics.testing.SharedEmulator;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.components.Figure;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.util.ArrayList;

/** Charts aggregated in the emulator's data lake, compared with the same charts drawn from the rows. */
class LakeChartTest {

    private final PantherEmulator emulator = SharedEmulator.get();
    private final RecordingHost host = new RecordingHost();
    private final PantherSession session = Sessions.demoToken(host);
    private final PantherMagics magics = new PantherMagics(session);

    private Table rows(String sql, String name) {
        Table table = ((Result) magics.cell(List.of("sql"), sql)).table();
        table.setName(name);
        return table;
    }

    private static String js(Figure figure) {
        return figure.asJavascript("chart");
    }

    @Test
    void aChartByDayFromTheDataLakeIsTheFigureTheRowsDrawAndOnlyBucketsComeBack() {
        Table events = rows("SELECT p_event_time, eventName FROM aws_cloudtrail", "aws_cloudtrail");
        Figure fromRows = ChartBuilder.figure(events, new ChartRequest("p_event_time", null, "eventName", ChartKind.BAR,
                Duration.ofDays(1), null, null));

        LakeChartResult chart = (LakeChartResult) magics.line(List.of("chart", "--table", "aws_cloudtrail",
                "--x", "p_event_time", "--bucket", "1d", "--by", "eventName"));

        assertThat(js(chart.figure())).isEqualTo(js(fromRows));
        assertThat(chart.rowsAggregated()).isEqualTo(events.rowCount());
        assertThat(chart.buckets().table().rowCount()).isLessThan(events.rowCount() / 5);
        assertThat(chart.footer().get(0)).isEqualTo(String.format("aws_cloudtrail: %,d rows aggregated in the data lake, "
                + "%,d rows came back", events.rowCount(), chart.buckets().table().rowCount()));
        assertThat(chart.footer()).anyMatch(f -> f.startsWith("query ")).anyMatch(f -> f.endsWith(" scanned"));
        assertThat(chart.sql()).contains("CAST(DATE_TRUNC('DAY', p_event_time) AS TIMESTAMP)").contains("GROUP BY 1, 2");
    }

    @Test
    void topKeepsTheLargestSeriesAndAddsTheOthersUpAsOther() {
        Table events = rows("SELECT eventName, count(*) AS n FROM aws_cloudtrail GROUP BY 1 ORDER BY n DESC, eventName",
                "counts");

        LakeChartResult chart = (LakeChartResult) magics.line(List.of("chart", "--table", "aws_cloudtrail",
                "--x", "p_event_time", "--bucket", "1d", "--by", "eventName", "--top", "3", "--show-sql"));

        Table buckets = chart.buckets().table();
        List<String> top = events.stringColumn("eventName").asList().subList(0, 3);
        assertThat(buckets.stringColumn("series").unique().asList()).containsExactlyInAnyOrderElementsOf(
                concat(top, LakeChartRequest.OTHER));
        long others = 0;
        for (int i = 3; i < events.rowCount(); i++) {
            others += events.longColumn("n").get(i);
        }
        long counted = 0;
        for (int i = 0; i < buckets.rowCount(); i++) {
            counted += buckets.stringColumn("series").get(i).equals("other") ? buckets.longColumn("value").get(i) : 0;
        }
        assertThat(counted).isEqualTo(others);
        assertThat(chart.showSql()).isTrue();
        assertThat(chart.toString()).contains("top_series AS (");
    }

    @Test
    void aSqlCellWithChartAggregatesItsQueryAsASubqueryAndSumsY() {
        Table flows = rows("SELECT p_event_time, action, bytes FROM aws_vpcflow WHERE action = 'REJECT'", "sql");
        Figure fromRows = ChartBuilder.figure(flows, new ChartRequest("p_event_time", "bytes", null, ChartKind.LINE,
                Duration.ofHours(6), null, null));

        LakeChartResult chart = (LakeChartResult) magics.cell(List.of("sql", "--chart", "--x", "p_event_time",
                "--bucket", "6h", "--y", "bytes", "--kind", "line"),
                "SELECT p_event_time, action, bytes FROM aws_vpcflow WHERE action = 'REJECT';");

        assertThat(js(chart.figure())).isEqualTo(js(fromRows));
        assertThat(chart.sql()).contains("TIME_SLICE(p_event_time, 6, 'HOUR')").contains("SUM(r.y) AS value");
    }

    @Test
    void javaChartsTheSameWayAndSaysWhatItSends() {
        PantherSession.install(session);
        var query = Panther.chart("aws_cloudtrail").x("p_event_time").bucket(Duration.ofDays(1)).by("eventName")
                .where("errorCode IS NOT NULL");

        LakeChartResult chart = query.draw();

        assertThat(query.sql()).contains("(errorCode IS NOT NULL)");
        assertThat(chart.buckets().table().stringColumn("series").unique().asList()).isNotEmpty();
        long denied = ((Result) magics.cell(List.of("sql"), "SELECT count(*) AS n FROM aws_cloudtrail WHERE errorCode IS NOT NULL"))
                .table().longColumn("n").get(0);
        assertThat(chart.rowsAggregated()).isEqualTo(denied);
    }

    @Test
    void kindsThatDrawEveryRowAndChartsWithoutXAreOneClearError() {
        assertThatThrownBy(() -> magics.line(List.of("chart", "--table", "aws_cloudtrail", "--x", "p_event_time",
                "--kind", "scatter", "--y", "p_parse_time")))
                .isInstanceOf(PantherException.class).hasMessageContaining("cannot be aggregated in the data lake");
        assertThatThrownBy(() -> magics.line(List.of("chart", "--table", "aws_cloudtrail", "--bucket", "1d")))
                .isInstanceOf(UsageException.class).hasMessage("a chart needs --x COL: the column along the x axis");
        assertThatThrownBy(() -> magics.line(List.of("chart", "--table", "aws_cloudtrail", "--x", "p_event_time",
                "--bucket", "daily")))
                .isInstanceOf(UsageException.class).hasMessageContaining("--bucket daily: write a duration like 30m");
        assertThatThrownBy(() -> magics.cell(List.of("sql", "--x", "p_event_time"), "SELECT 1"))
                .isInstanceOf(UsageException.class).hasMessageContaining("add --chart");
    }

    private static List<String> concat(List<String> list, String more) {
        List<String> out = new ArrayList<>(list);
        out.add(more);
        return out;
    }
}
