package dev.pantherkernel.magics.datalake.catalog;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.datalake.sql.TableName;

import java.util.List;
import java.util.Optional;

/**
 * The databases and tables completion offers in a {@code %%panther sql} cell: the live catalog of the connection
 * ({@link DataLakeCatalog}), or the tables kept from the last listing ({@link CatalogMemory}) while it is made again.
 */
@Internal
public interface KnownTables {

    List<CatalogDatabase> databases();

    /** Every table of {@code database} known here. */
    List<CatalogTable> tables(String database);

    /** The table {@code name} names, in {@code defaultDatabase} unless the name says another database. */
    Optional<CatalogTable> table(TableName name, String defaultDatabase);
}
