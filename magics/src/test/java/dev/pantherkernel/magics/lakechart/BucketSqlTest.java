package dev.pantherkernel.magics.lakechart;

import dev.pantherkernel.magics.chart.Aggregation;
import dev.pantherkernel.magics.core.UsageException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BucketSqlTest {

    private static LakeChartRequest cloudtrail() {
        return LakeChartRequest.of(ChartSource.table("aws_cloudtrail"), "p_event_time");
    }

    @Test
    void oneUnitBucketsAreDateTruncAndSeveralAreEpochAlignedTimeSlices() {
        assertThat(BucketSql.bucket("p_event_time", Duration.ofDays(1))).isEqualTo("CAST(DATE_TRUNC('DAY', p_event_time) AS TIMESTAMP)");
        assertThat(BucketSql.bucket("p_event_time", Duration.ofHours(1))).isEqualTo("CAST(DATE_TRUNC('HOUR', p_event_time) AS TIMESTAMP)");
        assertThat(BucketSql.bucket("p_event_time", Duration.ofMinutes(15))).isEqualTo("TIME_SLICE(p_event_time, 15, 'MINUTE')");
        assertThat(BucketSql.bucket("p_event_time", Duration.ofDays(7))).isEqualTo("TIME_SLICE(p_event_time, 7, 'DAY')");
        assertThat(BucketSql.bucket("p_event_time", Duration.ofSeconds(90))).isEqualTo("TIME_SLICE(p_event_time, 90, 'SECOND')");
    }

    @Test
    void sinceIsPanthersMacroOnTheXColumn() {
        assertThat(BucketSql.since("p_event_time", Duration.ofDays(90))).isEqualTo("p_occurs_since('90 days')");
        assertThat(BucketSql.since("p_parse_time", Duration.ofHours(6))).isEqualTo("p_occurs_since('6 hours', t, p_parse_time)");
    }

    @Test
    void topSeriesAreRankedInTheDataLakeAndTheRestBecomeOther() {
        String sql = BucketSql.of(cloudtrail().bucket(Duration.ofDays(1)).by("eventName").top(10)
                .where("errorCode IS NOT NULL").since(Duration.ofDays(90)));

        assertThat(sql).isEqualTo("""
                WITH chart_rows AS (
                  SELECT CAST(DATE_TRUNC('DAY', p_event_time) AS TIMESTAMP) AS x, COALESCE(CAST(eventName AS VARCHAR), '(none)') AS series
                  FROM aws_cloudtrail t
                  WHERE p_occurs_since('90 days') AND (errorCode IS NOT NULL)
                ),
                top_series AS (
                  SELECT series FROM chart_rows GROUP BY series ORDER BY COUNT(*) DESC, series LIMIT 10
                )
                SELECT r.x AS x, CASE WHEN s.series IS NULL THEN 'other' ELSE r.series END AS series, COUNT(*) AS row_count, COUNT(*) AS value
                FROM chart_rows r LEFT JOIN top_series s ON r.series = s.series
                GROUP BY 1, 2
                ORDER BY 1, 2""");
    }

    @Test
    void aSumRanksSeriesByTheirSumAndACellQueryIsASubquery() {
        String sql = BucketSql.of(LakeChartRequest.of(ChartSource.query("SELECT * FROM aws_vpcflow -- all of it\n;"),
                "p_event_time").bucket(Duration.ofHours(1)).by("action").y("bytes").top(2));

        assertThat(sql).contains("  FROM (\n      SELECT * FROM aws_vpcflow -- all of it\n  ) t\n")
                .contains("ORDER BY SUM(y) DESC, series LIMIT 2").contains("SUM(r.y) AS value")
                .contains("bytes AS y");
    }

    @Test
    void namesThatAreNotColumnsAndAMeanWithoutYAreRefused() {
        assertThatThrownBy(() -> cloudtrail().by("eventName; DROP TABLE x"))
                .isInstanceOf(UsageException.class).hasMessageStartingWith("--by eventName; DROP TABLE x: write a column name");
        assertThatThrownBy(() -> ChartSource.table("aws_cloudtrail t, other"))
                .isInstanceOf(UsageException.class).hasMessageContaining("write a table name");
        assertThatThrownBy(() -> BucketSql.of(cloudtrail().aggregation(Aggregation.MEAN)))
                .isInstanceOf(UsageException.class).hasMessage("--agg mean needs --y (a numeric column)");
        assertThat(BucketSql.of(cloudtrail().by("userIdentity:type"))).contains("CAST(userIdentity:type AS VARCHAR)");
        assertThatThrownBy(() -> BucketSql.since("detail:at", Duration.ofDays(1)))
                .isInstanceOf(UsageException.class).hasMessageContaining("write the time filter with --where instead");
    }
}
