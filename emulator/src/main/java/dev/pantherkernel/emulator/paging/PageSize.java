package dev.pantherkernel.emulator.paging;

import dev.pantherkernel.emulator.core.ApiException;

/** Checks a requested page size against a listing's maximum; too large is an error that says the limit. */
public final class PageSize {
    private PageSize() {}

    public static int check(Integer requested, int byDefault, int maximum) {
        int size = requested == null ? byDefault : requested;
        if (size < 1 || size > maximum) {
            throw ApiException.invalidInput("pageSize must be between 1 and " + maximum + ", got " + size);
        }
        return size;
    }
}
