package dev.pantherkernel.magics.chart;

import dev.pantherkernel.magics.core.PantherException;

/** A chart that cannot be drawn from this table: a missing column, or a kind that does not fit its types. */
final class ChartException extends PantherException {

    public ChartException(String message) {
        super(message);
    }
}
