package dev.pantherkernel.magics.replay;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The name a body is stored under: its SHA-256, so that identical bodies (pages, polls) are kept once. */
final class BodyHash {

    private BodyHash() {
    }

    static String of(byte[] body) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
