package dev.pantherkernel.magics.redact;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as an email, an IP (v4 and v6) and an ARN, found by the shape of the value wherever it stands. */
class ValuePatternsTest {

    private static final Set<RedactedKind> ALL = EnumSet.allOf(RedactedKind.class);

    private static List<String> found(String text) {
        return ValuePatterns.find(text, ALL).stream().map(f -> text.substring(f.start(), f.end())).toList();
    }

    private static List<PseudonymForm> forms(String text) {
        return ValuePatterns.find(text, ALL).stream().map(ValuePatterns.Found::form).toList();
    }

    @Test
    void findsEmailsInTextAndInsideJson() {
        assertThat(found("granted by jordan.lee@example.com.")).containsExactly("jordan.lee@example.com");
        assertThat(found("{\"actor\":{\"alternateId\":\"a.b+c@sub.example.co.uk\"}}")).containsExactly("a.b+c@sub.example.co.uk");
        assertThat(forms("x jordan.lee@example.com")).containsExactly(PseudonymForm.EMAIL);
    }

    @Test
    void findsIpv4AddressesButNotLongerDottedNumbers() {
        assertThat(found("from 203.0.113.9, then 198.51.100.7:443")).containsExactly("203.0.113.9", "198.51.100.7");
        assertThat(found("1.2.3.4.5 and 256.1.1.1 and 10.0.0")).isEmpty();
        assertThat(found("[\"203.0.113.9\"]")).containsExactly("203.0.113.9");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2001:db8::1", "2001:0db8:85a3:0000:0000:8a2e:0370:7334", "fe80::1ff:fe23:4567:890a", "::ffff:203.0.113.9",
        "2001:db8::"})
    void findsIpv6AddressesInEveryWritingOfThem(String address) {
        assertThat(found("src " + address + " dst")).containsExactly(address);
        assertThat(forms(address)).containsExactly(PseudonymForm.IP);
    }

    @ParameterizedTest
    @ValueSource(strings = {"at 13:20:05 UTC", "2026-12-06T13:20:00.000Z", "mac aa:bb:cc:dd:ee:ff", "a::b::c", "12:30",
        "127.0.0.1", "0.0.0.0", "::1", "::", "version 3.2"})
    void leavesTimesMacAddressesLoopbackAndUnspecifiedAddressesAlone(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void findsArnsAndStopsAtTheEndOfTheSentence() {
        assertThat(found("changed by arn:aws:iam::123456789012:user/jordan.lee.")).containsExactly("arn:aws:iam::123456789012:user/jordan.lee");
        assertThat(found("{\"roleArn\":\"arn:aws:iam::123456789012:role/admin\"}")).containsExactly("arn:aws:iam::123456789012:role/admin");
        assertThat(found("arn:aws:s3:::bucket-name/*")).containsExactly("arn:aws:s3:::bucket-name/*");
        assertThat(forms("arn:aws-us-gov:iam::aws:policy/ReadOnly")).containsExactly(PseudonymForm.ARN);
    }

    @Test
    void anEmailInsideAnArnIsPartOfTheArn() {
        assertThat(forms("arn:aws:sts::123456789012:assumed-role/dev/jordan.lee@example.com"))
                .containsExactly(PseudonymForm.ARN);
    }

    @Test
    void findsPseudonymsAlreadyMadeSoTheyAreNeverReplacedAgain() {
        List<ValuePatterns.Found> found = ValuePatterns.find("user-0123456789ab@redacted.example from ip-0123456789ab.redacted", ALL);

        assertThat(found).extracting(ValuePatterns.Found::made).containsExactly(true, true);
        assertThat(found).extracting(ValuePatterns.Found::form).containsExactly(PseudonymForm.EMAIL, PseudonymForm.IP);
    }

    @Test
    void findsOnlyTheKindsAskedFor() {
        assertThat(ValuePatterns.find("jordan.lee@example.com 203.0.113.9", EnumSet.of(RedactedKind.IP)))
                .extracting(ValuePatterns.Found::form).containsExactly(PseudonymForm.IP);
    }

    @Test
    void aWholeValueIsTakenOnlyWhenAllOfItIsOne() {
        assertThat(ValuePatterns.whole("203.0.113.9", ALL)).map(ValuePatterns.Found::form).contains(PseudonymForm.IP);
        assertThat(ValuePatterns.whole("from 203.0.113.9", ALL)).isEmpty();
        assertThat(ValuePatterns.whole("arn:aws:iam::1:user/x.", ALL)).isEmpty();
    }
}
