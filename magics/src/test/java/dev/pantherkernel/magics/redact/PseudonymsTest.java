package dev.pantherkernel.magics.redact;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.Serializable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Consistent pseudonyms from a keyed hash, the way back in memory, and a key that never leaves the object. */
class PseudonymsTest {

    private static final byte[] KEY = "a test key of thirty-two bytes!!".getBytes(StandardCharsets.US_ASCII);

    private static Pseudonyms withKey(int digits) {
        return new Pseudonyms(KEY::clone, digits);
    }

    private static String hmac(String value) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aPseudonymIsTheKeyedHashOfTheValueCutTo12HexDigitsInTheFormOfItsKind() throws Exception {
        Pseudonyms pseudonyms = withKey(12);

        assertThat(pseudonyms.of("jordan.lee@example.com", PseudonymForm.EMAIL))
                .isEqualTo("user-" + hmac("jordan.lee@example.com").substring(0, 12) + "@redacted.example");
        assertThat(pseudonyms.of("203.0.113.9", PseudonymForm.IP)).isEqualTo("ip-" + hmac("203.0.113.9").substring(0, 12) + ".redacted");
        assertThat(pseudonyms.of("jordan.lee", PseudonymForm.NAME)).matches("name-[0-9a-f]{12}\\.redacted");
        assertThat(pseudonyms.of("arn:aws:iam::1:root", PseudonymForm.ARN)).matches("arn:redacted:[0-9a-f]{12}");
        assertThat(pseudonyms.of("db-7", PseudonymForm.VALUE)).matches("value-[0-9a-f]{12}\\.redacted");
    }

    @Test
    void theSameValueAlwaysGetsTheSamePseudonymAndKeepsTheFormItGotFirst() {
        Pseudonyms pseudonyms = new Pseudonyms();

        String first = pseudonyms.of("jordan.lee", PseudonymForm.NAME);

        assertThat(pseudonyms.of("jordan.lee", PseudonymForm.NAME)).isEqualTo(first);
        assertThat(pseudonyms.of("jordan.lee", PseudonymForm.VALUE)).as("seen again in a named column").isEqualTo(first);
        assertThat(pseudonyms.of("Jordan.Lee", PseudonymForm.NAME)).as("another value, as for a join").isNotEqualTo(first);
    }

    @Test
    void twoKernelsGiveTheSameValueDifferentPseudonyms() {
        assertThat(new Pseudonyms().of("203.0.113.9", PseudonymForm.IP)).isNotEqualTo(new Pseudonyms().of("203.0.113.9", PseudonymForm.IP));
    }

    @Test
    void aPseudonymGoesBackToItsOriginalWholeOrInsideText() {
        Pseudonyms pseudonyms = new Pseudonyms();
        String ip = pseudonyms.of("203.0.113.9", PseudonymForm.IP);
        String email = pseudonyms.of("jordan.lee@example.com", PseudonymForm.EMAIL);

        assertThat(pseudonyms.whole(ip)).isEqualTo("203.0.113.9");
        assertThat(pseudonyms.whole("x " + ip)).as("not all of it a pseudonym").isEqualTo("x " + ip);
        assertThat(pseudonyms.within("logins of " + email + " from " + ip + ".")).isEqualTo("logins of jordan.lee@example.com from 203.0.113.9.");
        assertThat(pseudonyms.within("ip-0123456789ab.redacted")).as("another kernel's pseudonym is not ours to undo")
                .isEqualTo("ip-0123456789ab.redacted");
    }

    @Test
    void twoValuesThatMeetOnTheShortDigitsAreToldApartByLongerOnes() throws Exception {
        Map<String, String> byShortHex = new HashMap<>();
        String a = null;
        String b = null;
        for (int i = 0; a == null; i++) {
            String value = "10.0." + i / 250 + "." + i % 250;
            String previous = byShortHex.putIfAbsent(hmac(value).substring(0, 2), value);
            if (previous != null && !hmac(previous).substring(0, 4).equals(hmac(value).substring(0, 4))) {
                a = previous;
                b = value;
            }
        }
        Pseudonyms pseudonyms = withKey(2);

        String first = pseudonyms.of(a, PseudonymForm.IP);
        String second = pseudonyms.of(b, PseudonymForm.IP);

        assertThat(first).isEqualTo("ip-" + hmac(a).substring(0, 2) + ".redacted");
        assertThat(second).isEqualTo("ip-" + hmac(b).substring(0, 4) + ".redacted").isNotEqualTo(first);
        assertThat(pseudonyms.whole(first)).isEqualTo(a);
        assertThat(pseudonyms.whole(second)).isEqualTo(b);
    }

    @Test
    void theKeyIsWipedOnceTheMacHoldsItAndNothingHandsItOut() {
        byte[] given = KEY.clone();
        Pseudonyms pseudonyms = new Pseudonyms(() -> given, 12);
        Redaction redaction = new Redaction(pseudonyms);
        redaction.use(RedactionSettings.everyKind());

        redaction.text("jordan.lee@example.com");

        assertThat(given).as("the bytes the key came in").containsOnly((byte) 0);
        String keyText = new String(KEY, StandardCharsets.US_ASCII);
        for (String shown : new String[] {pseudonyms.toString(), redaction.toString(), redaction.settings().toString()}) {
            assertThat(shown).doesNotContain(keyText).doesNotContain(HexFormat.of().formatHex(KEY))
                    .doesNotContain(Base64.getEncoder().encodeToString(KEY)).doesNotContain("jordan.lee");
        }
        for (Class<?> type : new Class<?>[] {Pseudonyms.class, Redaction.class}) {
            assertThat(Serializable.class.isAssignableFrom(type)).as(type + " is serializable").isFalse();
            assertThat(Arrays.stream(type.getDeclaredMethods()).filter(m -> !Modifier.isPrivate(m.getModifiers()))
                    .map(Method::getReturnType))
                    .as("what the methods of " + type.getSimpleName() + " others can call return")
                    .doesNotContain(byte[].class, Key.class, Mac.class, SecretKeySpec.class);
        }
    }
}
