package dev.pantherkernel.emulator.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
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

    public TokenStore(Clock clock, String creatorId) {
        this.clock = clock;
        this.creatorId = creatorId;
    }

    /** Creates a key and returns its value: the only time the value exists outside the caller. */
    public String issue(String name, Set<Permission> permissions) {
        String value = newValue();
        ApiToken token = new ApiToken(UUID.randomUUID().toString(), name, permissions, clock.instant(), creatorId, null, null);
        byId.put(token.id(), new Entry(token, TokenHash.of(value)));
        return value;
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

    /** Gives the key a new value; the old value stops working at once. The result carries the new value. */
    public ApiToken rotate(String id) {
        String value = newValue();
        Entry rotated = byId.computeIfPresent(id,
                (key, entry) -> new Entry(entry.token().rotated(clock.instant(), null), TokenHash.of(value)));
        if (rotated == null) {
            throw new IllegalArgumentException("unknown key " + id);
        }
        return rotated.token().rotated(rotated.token().rotatedAt(), value);
    }

    private String newValue() {
        byte[] bytes = new byte[30];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
