package dev.pantherkernel.kernel.render.picture;

/**
 * A labelled place on an axis.
 *
 * @param at    where, in the axis's own units
 * @param under a second line under the label (the date under a time of day, the year under a day), empty when the
 *              tick before says the same
 */
record Tick(double at, String label, String under) {

    static Tick of(double at, String label) {
        return new Tick(at, label, "");
    }
}
