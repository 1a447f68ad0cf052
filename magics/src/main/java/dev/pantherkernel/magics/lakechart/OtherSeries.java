package dev.pantherkernel.magics.lakechart;

/** What {@code --top N} does with the series past the N largest: add them up as "other", or leave them out. */
public enum OtherSeries {
    SHOW, HIDE
}
