package dev.pantherkernel.magics.chart;

/** The kinds of chart {@code %panther chart} draws. */
public enum ChartKind {
    BAR, LINE, AREA, PIE, HISTOGRAM, SCATTER, TIMELINE
}
