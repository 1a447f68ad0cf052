package dev.pantherkernel.magics.chart;

/** How rows that fall in one bar (or point) become its value. */
public enum Aggregation {
    COUNT, SUM, MEAN
}
