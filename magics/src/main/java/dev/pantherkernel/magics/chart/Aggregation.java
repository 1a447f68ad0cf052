package dev.pantherkernel.magics.chart;

import dev.pantherkernel.magics.core.PublicApi;

/** How rows that fall in one bar (or point) become its value. */
@PublicApi
public enum Aggregation {
    COUNT, SUM, MEAN
}
