package dev.pantherkernel.magics.connect;

import dev.pantherkernel.magics.core.PantherException;
import dev.pantherkernel.magics.client.OperationInterruptedException;
import dev.pantherkernel.magics.client.TokenRejectedException;
import dev.pantherkernel.magics.graphql.SchemaSource;
import graphql.schema.GraphQLSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The API schema of one connection, or why there is none. It is loaded once, on first use, and given a time limit:
 * a server that refuses introspection, has it switched off, or does not answer in time leaves the connection
 * without a schema, and commands then run without a local check (the notice says so, once). Once known, either way,
 * it is told to whoever asked ({@link #whenKnown}): a recording keeps it, so that a replay has the same schema.
 * A schema read from the disk cache can be {@linkplain #reloadCached reloaded} once from the server, and any schema
 * {@linkplain #reloadNow when asked}; the listeners then hear the new one.
 */
final class ConnectionSchema {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionSchema.class);

    private final Supplier<SchemaSource.Introspected> reload;
    private final Duration patience;
    private final Consumer<String> notices;
    private final String endpoint;
    private final List<Consumer<Known>> listeners = new ArrayList<>();
    private Supplier<SchemaSource.Introspected> load;
    private GraphQLSchema schema;
    private SchemaSource.Introspected introspected;
    private String unavailable;

    /** The schema once known, with introspection's answer; or (null) the reason there is none. */
    record Known(SchemaSource.Introspected introspected, String unavailable) {
    }

    /**
     * @param load     introspects (or reads the disk cache); runs on a thread of its own
     * @param reload   introspects, never reading the disk cache; null when a schema from the cache cannot be replaced
     * @param patience how long to wait for either
     * @param notices  where to say once that there is no schema
     */
    ConnectionSchema(Supplier<SchemaSource.Introspected> load, Supplier<SchemaSource.Introspected> reload,
                     Duration patience, Consumer<String> notices, String endpoint) {
        this.load = load;
        this.reload = reload;
        this.patience = patience;
        this.notices = notices;
        this.endpoint = endpoint;
    }

    /** The schema; empty when the server does not give it (the reason is {@link #unavailableReason()}). */
    Optional<GraphQLSchema> get() {
        List<Consumer<Known>> tell;
        Known known;
        synchronized (this) {
            if (isKnown()) {
                return Optional.ofNullable(schema);
            }
            resolve();
            tell = List.copyOf(listeners);
            known = new Known(introspected, unavailable);
        }
        tell.forEach(listener -> listener.accept(known));
        return Optional.ofNullable(schema);
    }

    /**
     * When the schema was read from the disk cache, forgets it and asks the server again (once per connection);
     * whether it did. The server may give a newer schema, or none.
     */
    boolean reloadCached() {
        return reload(true);
    }

    /**
     * Forgets the schema, wherever it came from, and asks the server again; false when this connection cannot (its
     * schema was handed over, or comes from a recording).
     */
    boolean reloadNow() {
        return reload(false);
    }

    private boolean reload(boolean onlyFromDisk) {
        synchronized (this) {
            if (reload == null || (onlyFromDisk && (introspected == null || !introspected.fromDiskCache()))) {
                return false;
            }
            LOG.info("asking {} for its schema again ({})", endpoint, onlyFromDisk
                    ? "the copy kept on disk rejected an operation" : "asked to");
            load = reload;
            introspected = null;
            schema = null;
            unavailable = null;
        }
        get();
        return true;
    }

    /** Tells {@code listener} the schema once it is known (at once when it is), and again if it is reloaded. */
    void whenKnown(Consumer<Known> listener) {
        Known known;
        synchronized (this) {
            listeners.add(listener);
            if (!isKnown()) {
                return;
            }
            known = new Known(introspected, unavailable);
        }
        listener.accept(known);
    }

    private boolean isKnown() {
        return schema != null || unavailable != null;
    }

    private void resolve() {
        if (!isKnown()) {
            try {
                introspected = loadInTime();
                schema = introspected.schema();
            } catch (SchemaUnavailable e) {
                unavailable = e.getMessage();
                LOG.info("no schema from {}: {}", endpoint, unavailable);
                notices.accept("this Panther (" + endpoint + ") does not answer introspection (" + unavailable
                        + "): commands run without checking GraphQL first (Panther checks it) and take column types "
                        + "from the values; `%panther schema` and GraphQL completion use the kernel's reference copy of Panther's API");
            }
        }
    }


    /** Why there is no schema, once {@link #get()} found none; null otherwise. */
    synchronized String unavailableReason() {
        return unavailable;
    }

    private SchemaSource.Introspected loadInTime() throws SchemaUnavailable {
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "panther-introspection");
            t.setDaemon(true);
            return t;
        });
        Future<SchemaSource.Introspected> loading = thread.submit(load::get);
        try {
            return loading.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            loading.cancel(true);
            throw new SchemaUnavailable("no answer within " + (patience.toMillis() % 1000 == 0
                    ? patience.toSeconds() + " s" : patience.toMillis() + " ms"));
        } catch (InterruptedException e) {
            loading.cancel(true);
            Thread.currentThread().interrupt();
            throw new OperationInterruptedException("__schema");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TokenRejectedException | cause instanceof OperationInterruptedException) {
                throw (PantherException) cause;
            }
            if (cause instanceof PantherException refused) {
                throw new SchemaUnavailable(refused.getMessage());
            }
            throw new IllegalStateException("introspection failed: " + cause, cause);
        } finally {
            thread.shutdownNow();
        }
    }

    /** Introspection is refused, switched off or too slow. */
    private static final class SchemaUnavailable extends Exception {
        SchemaUnavailable(String reason) {
            super(reason, null, false, false);
        }
    }
}
