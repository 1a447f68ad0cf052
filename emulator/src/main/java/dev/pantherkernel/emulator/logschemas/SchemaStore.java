package dev.pantherkernel.emulator.logschemas;

import dev.pantherkernel.emulator.core.ApiException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** The log-type schemas: Panther's managed ones and the organisation's custom ones, which it may write and archive. */
public final class SchemaStore {
    /** What a custom schema's name starts with. */
    public static final String CUSTOM_PREFIX = "Custom.";

    private final Map<String, LogSchema> schemas = new LinkedHashMap<>();
    private final Clock clock;
    private Supplier<List<LogSchema>> initial;

    /** @param initial the schemas there are at first, made when first needed (writing their specs is not start-up work) */
    public SchemaStore(Clock clock, Supplier<List<LogSchema>> initial) {
        this.clock = clock;
        this.initial = initial;
    }

    private Map<String, LogSchema> schemas() {
        if (initial != null) {
            initial.get().forEach(s -> schemas.put(s.name(), s));
            initial = null;
        }
        return schemas;
    }

    /** A schema sources may use: it exists and is not archived. */
    public synchronized boolean usable(String name) {
        LogSchema schema = schemas().get(name);
        return schema != null && !schema.isArchived();
    }

    public synchronized Optional<LogSchema> find(String name) {
        return Optional.ofNullable(schemas().get(name));
    }

    /**
     * The schemas that pass every filter given: {@code contains} in the name or in a field name (any case),
     * archived or not, in use by a source ({@code inUse} names those log types) or not, managed or custom.
     */
    public synchronized List<LogSchema> list(String contains, Boolean archived, Boolean inUse, Boolean managed, Set<String> used) {
        String needle = contains == null ? null : contains.toLowerCase(Locale.ROOT);
        return schemas().values().stream()
                .filter(s -> needle == null || s.name().toLowerCase(Locale.ROOT).contains(needle)
                        || SchemaSpec.fieldNames(s.spec()).stream().anyMatch(f -> f.toLowerCase(Locale.ROOT).contains(needle)))
                .filter(s -> archived == null || s.isArchived() == archived)
                .filter(s -> inUse == null || used.contains(s.name()) == inUse)
                .filter(s -> managed == null || s.isManaged() == managed)
                .toList();
    }

    /**
     * Adds a custom schema or changes one; a change must name the revision it was made from (so two writers do not
     * overwrite each other), and bumps it.
     */
    public synchronized LogSchema write(String name, String spec, Integer revision, String description, String referenceURL,
            Boolean fieldDiscovery) {
        if (name == null || !name.startsWith(CUSTOM_PREFIX) || name.length() <= CUSTOM_PREFIX.length() || name.length() > 255) {
            throw ApiException.invalidInput("a custom schema's name starts with " + CUSTOM_PREFIX + " and is at most 255 characters: "
                    + name);
        }
        SchemaSpec.check(name, spec);
        String now = clock.instant().toString();
        LogSchema old = schemas().get(name);
        LogSchema written;
        if (old == null) {
            if (revision != null && revision != 0) {
                throw ApiException.invalidInput("schema " + name + " does not exist: send revision 0 (or none) to create it");
            }
            written = new LogSchema(name, description, spec, "", 1, 1, false, false, Boolean.TRUE.equals(fieldDiscovery),
                    referenceURL, now, now);
        } else {
            if (old.isManaged()) {
                throw ApiException.invalidInput(name + " is a managed schema and cannot be changed");
            }
            if (revision == null || revision != old.revision()) {
                throw ApiException.conflict("schema " + name + " is at revision " + old.revision() + ", not " + revision
                        + ": read it again and send the current revision");
            }
            boolean specChanged = !old.spec().equals(spec);
            written = new LogSchema(name, description == null ? old.description() : description, spec, old.discoveredSpec(),
                    specChanged ? old.version() + 1 : old.version(), old.revision() + 1, old.isArchived(), false,
                    fieldDiscovery == null ? old.isFieldDiscoveryEnabled() : fieldDiscovery,
                    referenceURL == null ? old.referenceURL() : referenceURL, old.createdAt(), now);
        }
        schemas().put(name, written);
        return written;
    }

    /** Archives or restores a custom schema; the answer of a refusal says why instead of throwing. */
    public synchronized StatusChange setArchived(String name, boolean archived, Set<String> used) {
        LogSchema schema = schemas().get(name);
        if (schema == null) {
            return StatusChange.refused("NotFound", "schema " + name + " not found");
        }
        if (schema.isManaged()) {
            return StatusChange.refused("InvalidInput", name + " is a managed schema and cannot be archived");
        }
        if (archived && used.contains(name)) {
            return StatusChange.refused("InvalidInput", name + " is in use by a log source; remove it from the source first");
        }
        LogSchema changed = schema.isArchived() == archived ? schema : schema.archived(archived, clock.instant().toString());
        schemas().put(name, changed);
        return new StatusChange(changed, null);
    }

    /** {@code GetSchemaOutput}: the schema, or an error with Panther's code and a message. */
    public record StatusChange(LogSchema schema, Map<String, String> error) {
        static StatusChange refused(String code, String message) {
            return new StatusChange(null, Map.of("code", code, "message", message));
        }
    }
}
