package dev.pantherkernel.magics.redact;

import dev.pantherkernel.magics.client.SentValues;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The session's pseudonyms: HMAC-SHA256 of the original value under a key made at random for this kernel (held by the
 * MAC, never written anywhere), its first 12 hex digits in a {@link PseudonymForm}. A value keeps the pseudonym it got
 * first, so the same value reads the same in every table and joins on pseudonyms match as joins on the values did;
 * the way back (pseudonym to original) lives here only, in memory, for values sent to Panther again. In the rare case
 * that two values meet on 12 digits, the later one takes 24.
 */
final class Pseudonyms implements SentValues {

    private static final String HEX = "[0-9a-f]{12}(?:[0-9a-f]{12})?";
    /** Any pseudonym of any session: such text is never redacted again. */
    static final Pattern ANY = Pattern.compile("(?<![A-Za-z0-9_.+-])(?:user-" + HEX + "@redacted\\.example"
            + "|(?:ip|name|value)-" + HEX + "\\.redacted|arn:redacted:" + HEX + ")(?![A-Za-z0-9_-])");
    private static final int DIGITS = 12;

    private final KeySource keys;
    private final int digits;
    private final Map<String, String> forward = new ConcurrentHashMap<>();
    private final Map<String, String> reverse = new ConcurrentHashMap<>();
    private Mac mac;
    private volatile boolean names;

    /** Makes the key on first use, from {@link SecureRandom}. */
    Pseudonyms() {
        this(Pseudonyms::randomKey, DIGITS);
    }

    /** For tests: a given key, and fewer digits to make two values meet. */
    Pseudonyms(KeySource keys, int digits) {
        this.keys = keys;
        this.digits = digits;
    }

    /** Gives the bytes of a new key, which the caller then wipes. */
    @FunctionalInterface
    interface KeySource {
        byte[] newKey();
    }

    /** The pseudonym of {@code original}: the one it already has, or a new one of {@code form}. */
    String of(String original, PseudonymForm form) {
        String known = forward.get(original);
        return known != null ? known : made(original, form);
    }

    /** The pseudonym {@code original} already has, if any. */
    Optional<String> known(String original) {
        return Optional.ofNullable(forward.get(original));
    }

    private synchronized String made(String original, PseudonymForm form) {
        String known = forward.get(original);
        if (known != null) {
            return known;
        }
        String hex = hex(original);
        String pseudonym = form.write(hex.substring(0, digits));
        if (reverse.containsKey(pseudonym)) {
            pseudonym = form.write(hex.substring(0, 2 * digits));
            if (reverse.containsKey(pseudonym)) {
                throw new IllegalStateException("two values share a pseudonym of " + 2 * digits + " hex digits");
            }
        }
        reverse.put(pseudonym, original);
        forward.put(original, pseudonym);
        names |= form == PseudonymForm.NAME || form == PseudonymForm.VALUE;
        return pseudonym;
    }

    private String hex(String original) {
        if (mac == null) {
            byte[] key = keys.newKey();
            try {
                Mac made = Mac.getInstance("HmacSHA256");
                made.init(new SecretKeySpec(key, "HmacSHA256"));
                mac = made;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
            } finally {
                Arrays.fill(key, (byte) 0);
            }
        }
        return HexFormat.of().formatHex(mac.doFinal(original.getBytes(StandardCharsets.UTF_8)));
    }

    /** Whether all of {@code text} is a pseudonym (of this session or another). */
    static boolean isPseudonym(String text) {
        return ANY.matcher(text).matches();
    }

    /** The form of a pseudonym, read from its shape. */
    static PseudonymForm formOf(String pseudonym) {
        for (PseudonymForm form : PseudonymForm.values()) {
            if (pseudonym.startsWith(form.prefix()) && pseudonym.endsWith(form.suffix())) {
                return form;
            }
        }
        throw new IllegalArgumentException("not a pseudonym: " + pseudonym);
    }

    /** Whether a user name or a value of a named column has a pseudonym yet: only then can free text hold one. */
    boolean knowsNames() {
        return names;
    }

    /** Whether this session made any pseudonym yet (until then, nothing sent needs looking at). */
    @Override
    public boolean replacesAny() {
        return !reverse.isEmpty();
    }

    @Override
    public String whole(String value) {
        if (value == null || reverse.isEmpty()) {
            return value;
        }
        return reverse.getOrDefault(value, value);
    }

    @Override
    public String within(String text) {
        if (text == null || reverse.isEmpty()) {
            return text;
        }
        Matcher m = ANY.matcher(text);
        StringBuilder out = null;
        int copied = 0;
        while (m.find()) {
            String original = reverse.get(m.group());
            if (original != null) {
                out = out == null ? new StringBuilder(text.length()) : out;
                out.append(text, copied, m.start()).append(original);
                copied = m.end();
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    /** Says how many values have pseudonyms, never the key or any value. */
    @Override
    public String toString() {
        return "Pseudonyms[" + forward.size() + " values]";
    }
}
