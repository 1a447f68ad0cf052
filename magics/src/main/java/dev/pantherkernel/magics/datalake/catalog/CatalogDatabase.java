package dev.pantherkernel.magics.datalake.catalog;

import dev.pantherkernel.magics.core.Internal;


/**
 * A data lake database, {@code name} as Panther calls it ({@code panther_logs.public}, or {@code panther_logs} on
 * servers that name them short).
 */
@Internal
public record CatalogDatabase(String name, String description) {

    /** The short form in lower case, which every way of writing the name shares ({@link DatabaseName}). */
    public String key() {
        return DatabaseName.key(name);
    }
}
