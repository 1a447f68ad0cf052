package dev.pantherkernel.magics.datalake.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pantherkernel.magics.client.Endpoint;
import dev.pantherkernel.magics.connect.Connection;
import dev.pantherkernel.magics.core.CacheFiles;
import dev.pantherkernel.magics.session.PantherSession;
import dev.pantherkernel.magics.datalake.sql.TableName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The tables of a Panther's data lake as they were last listed, kept on disk as the schema is: a new kernel's first Tab
 * after {@code FROM} offers them while the connection is made and the tables are listed again, which takes longer than
 * JupyterLab waits for a completion (starting the demo, or listing a real Panther's hundreds of tables). One file per
 * database, the listing's own table nodes, under the cache directory and a key of the Panther: {@code demo} for the
 * built-in demo (its address changes with every start, its tables do not), a digest of the address otherwise. Nothing
 * secret is kept: names, types and descriptions. A file that cannot be read is as if there were none.
 */
final class CatalogMemory {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogMemory.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CatalogMemory NONE = new CatalogMemory(null);

    private final Path directory;

    private CatalogMemory(Path directory) {
        this.directory = directory;
    }

    /** The memory of the built-in demo's tables, under {@code cacheDirectory}. */
    static CatalogMemory ofDemo(Path cacheDirectory) {
        return new CatalogMemory(cacheDirectory.resolve("catalog").resolve("demo"));
    }

    /** The memory of the tables of the Panther at {@code endpoint}, under {@code cacheDirectory}. */
    static CatalogMemory of(Path cacheDirectory, Endpoint endpoint) {
        return new CatalogMemory(cacheDirectory.resolve("catalog").resolve(CacheFiles.digest(endpoint.toString())));
    }

    /** The memory of the Panther {@code connection} talks to; none for a replayed one, which leaves no trace. */
    static CatalogMemory of(Connection connection) {
        Optional<Path> cache = connection.cacheDirectory();
        if (cache.isEmpty() || connection.replayedFrom().isPresent()) {
            return NONE;
        }
        return connection.demo() ? ofDemo(cache.get()) : of(cache.get(), connection.settings().endpoint());
    }

    /**
     * The memory of the Panther {@code session} talks to, or would connect to by itself (the demo, or the address the
     * environment or profile names), asked without connecting.
     */
    static CatalogMemory of(PantherSession session) {
        Optional<Connection> open = session.connectionIfOpen();
        if (open.isPresent()) {
            return of(open.get());
        }
        Path cache = session.environment().cacheDirectory();
        if (session.landsOnDemo()) {
            return ofDemo(cache);
        }
        return session.defaultEndpoint().map(endpoint -> of(cache, endpoint)).orElse(NONE);
    }

    /** A memory that keeps nothing. */
    static CatalogMemory none() {
        return NONE;
    }

    /** The tables of {@code database} as last kept, as completion asks for them; empty when none were. */
    Optional<KnownTables> known(String database) {
        Optional<Path> file = file(database);
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return Optional.empty();
        }
        try {
            JsonNode kept = JSON.readTree(file.get().toFile());
            String name = kept.path("database").asText(database);
            List<CatalogTable> tables = new ArrayList<>();
            kept.path("tables").forEach(table -> tables.add(CatalogTable.of(name, table)));
            return Optional.of(new Kept(name, List.copyOf(tables)));
        } catch (IOException | RuntimeException unreadable) {
            LOG.info("ignoring the unreadable kept catalog {}: {}", file.get(), unreadable.getMessage());
            return Optional.empty();
        }
    }

    /** Keeps {@code tables}, the table nodes of a whole listing of {@code database} (as Panther names it). */
    void keep(String database, ArrayNode tables) {
        Optional<Path> file = file(database);
        if (file.isEmpty()) {
            return;
        }
        ObjectNode kept = JSON.createObjectNode().put("database", database);
        kept.set("tables", tables);
        try {
            CacheFiles.write(file.get(), JSON.writeValueAsBytes(kept));
        } catch (IOException | RuntimeException unwritable) {
            LOG.info("could not keep the catalog of {} in {}: {}", database, file.get(), unwritable.getMessage());
        }
    }

    private Optional<Path> file(String database) {
        return directory == null ? Optional.empty() : Optional.of(directory.resolve(CacheFiles.digest(DatabaseName.key(database)) + ".json"));
    }

    /** The kept tables of one database ({@code database} as Panther names it). */
    private record Kept(String database, List<CatalogTable> all) implements KnownTables {

        @Override
        public List<CatalogDatabase> databases() {
            return List.of(new CatalogDatabase(database, ""));
        }

        @Override
        public List<CatalogTable> tables(String name) {
            return DatabaseName.key(name).equals(DatabaseName.key(database)) ? all : List.of();
        }

        @Override
        public Optional<CatalogTable> table(TableName name, String defaultDatabase) {
            return tables(name.databaseOr(defaultDatabase)).stream().filter(t -> t.name().equalsIgnoreCase(name.table())).findFirst();
        }
    }
}
