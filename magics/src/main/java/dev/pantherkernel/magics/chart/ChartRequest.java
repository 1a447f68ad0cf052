package dev.pantherkernel.magics.chart;

import dev.pantherkernel.magics.core.PublicApi;
import java.time.Duration;

/**
 * What to draw: the x column, an optional y column (required to sum or average), an optional column that splits
 * the rows into series, the kind, the time bucket for time x, the aggregation and a title (null: one is made up).
 */
@PublicApi
public record ChartRequest(String x, String y, String by, ChartKind kind, Duration bucket, Aggregation aggregation,
                           String title) {
}
