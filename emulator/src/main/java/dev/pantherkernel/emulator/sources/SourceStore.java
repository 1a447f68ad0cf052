package dev.pantherkernel.emulator.sources;

import dev.pantherkernel.emulator.core.ApiException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The organisation's log sources, with the rules the API enforces on adding and changing them. */
public final class SourceStore {
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    private final Map<String, LogSource> sources = new LinkedHashMap<>();
    private final Clock clock;
    private final Predicate<String> knownLogType;

    /** @param knownLogType whether a log type has a schema a source may use (not archived) */
    public SourceStore(Clock clock, List<LogSource> initial, Predicate<String> knownLogType) {
        this.clock = clock;
        this.knownLogType = knownLogType;
        initial.forEach(s -> sources.put(s.integrationId(), s));
    }

    public synchronized List<LogSource> all() {
        return List.copyOf(sources.values());
    }

    public synchronized Optional<LogSource> find(String id) {
        return Optional.ofNullable(sources.get(id));
    }

    /** The log types some source delivers: their schemas are in use. */
    public synchronized Set<String> logTypesInUse() {
        Set<String> out = new LinkedHashSet<>();
        sources.values().forEach(s -> out.addAll(s.logTypes()));
        return out;
    }

    public synchronized LogSource createS3(String label, S3Settings settings, Object actor) {
        requireFreeLabel(label, null);
        if (!ACCOUNT.matcher(settings.awsAccountId()).matches()) {
            throw ApiException.invalidInput("awsAccountId must be 12 digits, got " + settings.awsAccountId());
        }
        if (settings.s3Bucket().isBlank()) {
            throw ApiException.invalidInput("s3Bucket must not be empty");
        }
        Instant now = clock.instant();
        LogSource source = new LogSource(UUID.randomUUID().toString(), label, SourceKind.S3, logTypes(settings), now, actor, now,
                true, settings, null);
        sources.put(source.integrationId(), source);
        return source;
    }

    /** A new label and settings for an S3 source; its bucket and account stay as they were. */
    public synchronized LogSource updateS3(String id, String label, S3Settings changes) {
        LogSource old = get(id);
        if (old.kind() != SourceKind.S3) {
            throw ApiException.invalidInput("source " + id + " is not an S3 source (it is " + old.integrationType() + ")");
        }
        if (!old.isEditable()) {
            throw ApiException.invalidInput("source " + id + " is managed by Panther and cannot be changed");
        }
        requireFreeLabel(label, id);
        S3Settings settings = new S3Settings(old.s3().awsAccountId(), old.s3().s3Bucket(), changes.s3PrefixLogTypes(),
                changes.kmsKey(), changes.logProcessingRole(), changes.logStreamType(), changes.jsonArrayEnvelopeField(),
                changes.managedBucketNotifications(), old.s3().stackName());
        LogSource updated = new LogSource(id, label, SourceKind.S3, logTypes(settings), old.createdAtTime(), old.createdBy(),
                clock.instant(), true, settings, null);
        sources.put(id, updated);
        return updated;
    }

    /** Adds an HTTP source: Panther gives it an ingest URL of its own, which senders post their events to. */
    public synchronized LogSource createHttp(String label, List<String> logTypes, HttpSettings settings, Object actor) {
        requireFreeLabel(label, null);
        HttpSettings checked = settings.checked();
        Instant now = clock.instant();
        LogSource source = new LogSource(UUID.randomUUID().toString(), label, SourceKind.HTTP, httpLogTypes(logTypes), now, actor, now,
                true, null, checked);
        sources.put(source.integrationId(), source);
        return source;
    }

    /** Replaces an HTTP source's label, log types and settings (an update, never a create). */
    public synchronized LogSource updateHttp(String id, String label, List<String> logTypes, HttpSettings settings) {
        LogSource old = http(id);
        requireFreeLabel(label, id);
        HttpSettings checked = settings.checked();
        LogSource updated = new LogSource(id, label, SourceKind.HTTP, httpLogTypes(logTypes), old.createdAtTime(), old.createdBy(),
                clock.instant(), old.isEditable(), null, checked);
        sources.put(id, updated);
        return updated;
    }

    /** An HTTP source; any other kind, or none, is not found (as the REST path that asks is for HTTP sources only). */
    public synchronized LogSource http(String id) {
        return find(id).filter(s -> s.kind() == SourceKind.HTTP).orElseThrow(() -> ApiException.notFound("HTTP log source " + id));
    }

    /**
     * Deletes an HTTP source; one that is not there leaves nothing to do (Panther describes no "not found" for it), one
     * of another kind is refused.
     */
    public synchronized void deleteHttp(String id) {
        LogSource source = sources.get(id);
        if (source != null && source.kind() != SourceKind.HTTP) {
            throw ApiException.invalidInput("log source " + id + " is " + source.integrationType()
                    + ", not an HTTP source: delete it with GraphQL's deleteSource");
        }
        sources.remove(id);
    }

    public synchronized String delete(String id) {
        get(id);
        sources.remove(id);
        return id;
    }

    public LogSource get(String id) {
        return find(id).orElseThrow(() -> ApiException.notFound("log source " + id));
    }

    private List<String> logTypes(S3Settings settings) {
        if (settings.s3PrefixLogTypes().isEmpty()) {
            throw ApiException.invalidInput("s3PrefixLogTypes must name at least one prefix and its log types");
        }
        Set<String> out = new LinkedHashSet<>();
        for (S3PrefixLogTypes prefix : settings.s3PrefixLogTypes()) {
            if (prefix.logTypes().isEmpty()) {
                throw ApiException.invalidInput("the prefix '" + prefix.prefix() + "' names no log type");
            }
            out.addAll(requireKnown(prefix.logTypes()));
        }
        return List.copyOf(out);
    }

    private List<String> httpLogTypes(List<String> logTypes) {
        if (logTypes == null || logTypes.isEmpty()) {
            throw ApiException.invalidInput("logTypes must name at least one log type");
        }
        return List.copyOf(new LinkedHashSet<>(requireKnown(logTypes)));
    }

    private List<String> requireKnown(List<String> logTypes) {
        for (String logType : logTypes) {
            if (!knownLogType.test(logType)) {
                throw ApiException.invalidInput("log type " + logType + " has no schema; list them with schemas, "
                        + "or add a custom one with createOrUpdateSchema");
            }
        }
        return logTypes;
    }

    private void requireFreeLabel(String label, String exceptId) {
        if (label == null || label.isBlank()) {
            throw ApiException.invalidInput("label must not be empty");
        }
        sources.values().stream()
                .filter(s -> s.integrationLabel().toLowerCase(Locale.ROOT).equals(label.toLowerCase(Locale.ROOT))
                        && !s.integrationId().equals(exceptId))
                .findFirst()
                .ifPresent(s -> {
                    throw ApiException.conflict("a log source named " + s.integrationLabel() + " already exists");
                });
    }
}
