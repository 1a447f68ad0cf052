package dev.pantherkernel.magics.lakechart;

import dev.pantherkernel.magics.core.Internal;

/** What {@code --top N} does with the series past the N largest: add them up as "other", or leave them out. */
@Internal
public enum OtherSeries {
    SHOW, HIDE
}
