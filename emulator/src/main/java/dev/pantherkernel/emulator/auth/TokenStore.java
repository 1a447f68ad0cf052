package dev.pantherkernel.emulator.auth;

import dev.pantherkernel.emulator.core.ApiException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The API keys the emulator accepts. Values are random, shown once, and stored only as hashes. */
public final class TokenStore {
    private record Entry(ApiToken token, TokenHash hash) {}

    private final Map<String, Entry> byId = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final String creatorId;

    /** {@code creatorId}: the user the keys made at start-up belong to (the organisation's admin). */
    public TokenStore(Clock clock, String creatorId) {
        this.clock = clock;
        this.creatorId = creatorId;
    }

    /** Creates a start-up key and returns its value: the only time the value exists outside the caller. */
    public String issue(String name, Set<Permission> permissions) {
        return create(name, permissions, List.of(), creatorId).value();
    }

    /** Creates a key on behalf of a user; the answer carries its value, which is not kept. */
    public ApiToken create(String name, Set<Permission> permissions, List<String> allowedCIDRBlocks, String onBehalfOf) {
        String value = newValue();
        ApiToken token = new ApiToken(UUID.randomUUID().toString(), name, permissions, allowedCIDRBlocks, clock.instant(),
                onBehalfOf, null, null, null);
        byId.put(token.id(), new Entry(token, TokenHash.of(value)));
        return token.withValue(value);
    }

    /** The key a request presented, if it is one of ours; every stored hash is compared, so timing says nothing. */
    public Optional<ApiToken> authenticate(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        TokenHash presented = TokenHash.of(value);
        ApiToken found = null;
        for (Entry entry : byId.values()) {
            if (entry.hash().matches(presented)) {
                found = entry.token();
            }
        }
        return Optional.ofNullable(found);
    }

    public Optional<ApiToken> byId(String id) {
        return Optional.ofNullable(byId.get(id)).map(Entry::token);
    }

    public ApiToken get(String id) {
        return byId(id).orElseThrow(() -> ApiException.notFound("API token " + id));
    }

    /** Every key, oldest first (never their values). */
    public List<ApiToken> all() {
        return byId.values().stream().map(Entry::token)
                .sorted(Comparator.comparing(ApiToken::createdAt).thenComparing(ApiToken::id)).toList();
    }

    /** Renames a key or changes what it may do; its value stays. */
    public ApiToken change(String id, String name, Set<Permission> permissions, List<String> allowedCIDRBlocks) {
        Entry changed = byId.computeIfPresent(id,
                (key, entry) -> new Entry(entry.token().changed(name, permissions, allowedCIDRBlocks, clock.instant()), entry.hash()));
        if (changed == null) {
            throw ApiException.notFound("API token " + id);
        }
        return changed.token();
    }

    /** Deletes a key; it stops working at once. */
    public void delete(String id) {
        if (byId.remove(id) == null) {
            throw ApiException.notFound("API token " + id);
        }
    }

    /** Gives the key a new value; the old value stops working at once. The result carries the new value. */
    public ApiToken rotate(String id) {
        String value = newValue();
        Entry rotated = byId.computeIfPresent(id,
                (key, entry) -> new Entry(entry.token().rotated(clock.instant(), null), TokenHash.of(value)));
        if (rotated == null) {
            throw ApiException.notFound("API token " + id);
        }
        return rotated.token().withValue(value);
    }

    private String newValue() {
        byte[] bytes = new byte[30];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
