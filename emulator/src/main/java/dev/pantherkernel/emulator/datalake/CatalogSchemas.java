package dev.pantherkernel.emulator.datalake;

import dev.pantherkernel.emulator.datalake.snowflake.TableSchemas;
import dev.pantherkernel.emulator.datalake.sql.SnowflakeType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The catalog as the Snowflake front end sees it from one database: {@code t} and {@code public.t} are tables of
 * that database, {@code db.public.t} of the database named.
 */
final class CatalogSchemas implements TableSchemas {
    private static final String SCHEMA = "public";

    private final Catalog catalog;
    private final String database;

    CatalogSchemas(Catalog catalog, String database) {
        this.catalog = catalog;
        this.database = database;
    }

    /** {@code t}, {@code public.t} and {@code db.public.t} of a database the catalog lists: it lists all of them. */
    @Override
    public boolean covers(List<String> name) {
        if (name.size() > 3 || name.size() >= 2 && !name.get(name.size() - 2).equalsIgnoreCase(SCHEMA)) {
            return false;
        }
        String db = name.size() == 3 ? name.get(0) : database;
        return catalog.databases().stream().anyMatch(d -> d.key().equalsIgnoreCase(db));
    }

    @Override
    public Optional<List<Column>> columns(List<String> name) {
        String table = name.get(name.size() - 1);
        if (name.size() > 3 || name.size() >= 2 && !name.get(name.size() - 2).equalsIgnoreCase(SCHEMA)) {
            return Optional.empty();
        }
        String db = name.size() == 3 ? name.get(0) : database;
        Optional<Catalog.Database> found = catalog.databases().stream().filter(d -> d.key().equalsIgnoreCase(db)).findFirst();
        return found.flatMap(d -> d.tables().stream().filter(t -> t.name().equalsIgnoreCase(table)).findFirst())
                .map(t -> t.columns().stream()
                        .map(c -> new Column(c.name(), SnowflakeType.valueOf(c.type().toUpperCase(Locale.ROOT))))
                        .toList());
    }
}
