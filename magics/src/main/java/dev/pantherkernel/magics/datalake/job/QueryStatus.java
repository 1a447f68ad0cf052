package dev.pantherkernel.magics.datalake.job;

import dev.pantherkernel.magics.core.PantherException;

import dev.pantherkernel.magics.core.PublicApi;
import java.util.Locale;

/** Where a data lake query is: Panther writes these in lower case ({@code running}, {@code succeeded}, ...). */
@PublicApi
public enum QueryStatus {
    RUNNING, SUCCEEDED, FAILED, CANCELLED;

    static QueryStatus parse(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new PantherException("Panther reported the data lake query status '" + text
                    + "', which this kernel does not know (running, succeeded, failed, cancelled)");
        }
    }

    /** The name as Panther writes it. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
