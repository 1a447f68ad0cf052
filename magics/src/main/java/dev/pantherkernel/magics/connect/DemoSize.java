package dev.pantherkernel.magics.connect;

import dev.pantherkernel.magics.core.PublicApi;

/**
 * How much synthetic data the built-in demo holds: rows per log table (about 50,000 times {@code scale}) spread
 * over {@code days} days.
 */
@PublicApi
public record DemoSize(double scale, int days) {

    public static final DemoSize DEFAULT = new DemoSize(1, 30);

    public DemoSize {
        if (!(scale > 0) || scale > 1000) {
            throw new IllegalArgumentException("the demo's scale must be above 0 and at most 1000, not " + scale);
        }
        if (days < 1 || days > 3660) {
            throw new IllegalArgumentException("the demo's days must be between 1 and 3660, not " + days);
        }
    }
}
