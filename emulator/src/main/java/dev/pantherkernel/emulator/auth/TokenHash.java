package dev.pantherkernel.emulator.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** The SHA-256 of a key value: what the store keeps instead of the key. */
final class TokenHash {
    private final byte[] digest;

    private TokenHash(byte[] digest) {
        this.digest = digest;
    }

    static TokenHash of(String value) {
        try {
            return new TokenHash(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Constant time, so response timing does not reveal how much of a guess was right. */
    boolean matches(TokenHash other) {
        return MessageDigest.isEqual(digest, other.digest);
    }
}
