package dev.pantherkernel.magics.chart;

import dev.pantherkernel.magics.core.PublicApi;

/** The kinds of chart {@code %panther chart} draws. */
@PublicApi
public enum ChartKind {
    BAR, LINE, AREA, PIE, HISTOGRAM, SCATTER, TIMELINE;

    /** Whether the chart adds rows up per x (so the adding can happen elsewhere), rather than drawing each row. */
    public boolean aggregates() {
        return this == BAR || this == LINE || this == AREA || this == PIE;
    }
}
