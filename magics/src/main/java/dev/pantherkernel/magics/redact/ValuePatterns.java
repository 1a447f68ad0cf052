package dev.pantherkernel.magics.redact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds emails, IP addresses (v4 and v6), ARNs and pseudonyms already made in text, by the shape of the value. An IP
 * candidate is checked as an address (octets up to 255; IPv6 groups, one {@code ::}, an IPv4 tail), so times such as
 * {@code 13:20:05} and MAC addresses are not taken for one. Loopback and unspecified addresses ({@code 127.x},
 * {@code 0.0.0.0}, {@code ::1}, {@code ::}) say nothing about anyone and are left alone.
 */
final class ValuePatterns {

    private static final String EMAIL = "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,63}(?![A-Za-z0-9-])";
    private static final String ARN = "(?<![A-Za-z0-9_-])arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:[a-z0-9-]*:[^\\s\"'`<>,;(){}\\[\\]\\\\]+";
    private static final String IP6 = "(?<![0-9A-Za-z:.])(?=[0-9A-Fa-f.]*:[0-9A-Fa-f.]*:)[0-9A-Fa-f:.]{2,45}(?![0-9A-Za-z:])";
    private static final String IP4 = "(?<![0-9A-Za-z.])(?:[0-9]{1,3}\\.){3}[0-9]{1,3}(?![0-9A-Za-z]|\\.[0-9])";
    private static final Pattern ANY = Pattern.compile("(?<pseudonym>" + Pseudonyms.ANY.pattern() + ")|(?<arn>" + ARN
            + ")|(?<email>" + EMAIL + ")|(?<ip6>" + IP6 + ")|(?<ip4>" + IP4 + ")");
    private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");

    private ValuePatterns() {
    }

    /** A value found at {@code [start, end)} of the text; {@code made} when it is a pseudonym already. */
    record Found(int start, int end, PseudonymForm form, boolean made) {
    }

    /** The values of {@code kinds} in {@code text}, and the pseudonyms there, in order. */
    static List<Found> find(String text, Set<RedactedKind> kinds) {
        List<Found> out = new ArrayList<>();
        Matcher m = ANY.matcher(text);
        while (m.find()) {
            found(m, kinds).ifPresent(out::add);
        }
        return out;
    }

    /** The form of {@code value} when all of it is an email, IP or ARN (of {@code kinds}) or a pseudonym. */
    static Optional<Found> whole(String value, Set<RedactedKind> kinds) {
        Matcher m = ANY.matcher(value);
        return m.matches() ? found(m, kinds).filter(f -> f.end() == value.length()) : Optional.empty();
    }

    private static Optional<Found> found(Matcher m, Set<RedactedKind> kinds) {
        if (m.group("pseudonym") != null) {
            return Optional.of(new Found(m.start(), m.end(), Pseudonyms.formOf(m.group()), true));
        }
        PseudonymForm form;
        int end = m.end();
        if (m.group("arn") != null) {
            form = kinds.contains(RedactedKind.ARN) ? PseudonymForm.ARN : null;
            String arn = m.group();
            int length = arn.length();
            // the ARN ends before the full stop or colon that ends a sentence or a field
            while (length > 1 && ".:".indexOf(arn.charAt(length - 1)) >= 0) {
                length--;
            }
            end = m.start() + length;
        } else if (m.group("email") != null) {
            form = kinds.contains(RedactedKind.EMAIL) ? PseudonymForm.EMAIL : null;
        } else {
            boolean address = m.group("ip4") != null ? ipv4(m.group()) : ipv6(m.group());
            form = address && kinds.contains(RedactedKind.IP) ? PseudonymForm.IP : null;
        }
        return form == null ? Optional.empty() : Optional.of(new Found(m.start(), end, form, false));
    }

    /** Four octets up to 255, not loopback ({@code 127.x}) or unspecified ({@code 0.0.0.0}). */
    static boolean ipv4(String text) {
        int[] octets = octets(text);
        return octets != null && octets[0] != 127 && Arrays.stream(octets).anyMatch(o -> o != 0);
    }

    /**
     * Eight groups of up to four hex digits, or fewer around one {@code ::}; the last two may be written as an IPv4
     * address. Not loopback ({@code ::1}) or unspecified ({@code ::}).
     */
    static boolean ipv6(String text) {
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            return false;
        }
        List<Integer> head = groups(gap < 0 ? text : text.substring(0, gap));
        List<Integer> tail = gap < 0 ? List.of() : groups(text.substring(gap + 2));
        if (head == null || tail == null) {
            return false;
        }
        int written = head.size() + tail.size();
        if (gap < 0 ? written != 8 : written > 7) {
            return false;
        }
        List<Integer> all = new ArrayList<>(head);
        all.addAll(Collections.nCopies(8 - written, 0));
        all.addAll(tail);
        boolean unspecified = all.stream().allMatch(g -> g == 0);
        boolean loopback = all.subList(0, 7).stream().allMatch(g -> g == 0) && all.get(7) == 1;
        return !unspecified && !loopback;
    }

    /** The 16-bit groups of one side of {@code ::} (an IPv4 tail counts as two); null when one is not a group. */
    private static List<Integer> groups(String side) {
        List<Integer> out = new ArrayList<>();
        if (side.isEmpty()) {
            return out;
        }
        String[] parts = side.split(":", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i == parts.length - 1 && parts[i].contains(".")) {
                int[] octets = octets(parts[i]);
                if (octets == null) {
                    return null;
                }
                out.add(octets[0] << 8 | octets[1]);
                out.add(octets[2] << 8 | octets[3]);
            } else if (HEX_GROUP.matcher(parts[i]).matches()) {
                out.add(Integer.parseInt(parts[i], 16));
            } else {
                return null;
            }
        }
        return out;
    }

    /** The four octets of a dotted IPv4 address, or null when it is not one. */
    private static int[] octets(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return null;
        }
        int[] out = new int[4];
        for (int i = 0; i < 4; i++) {
            if (parts[i].isEmpty() || parts[i].length() > 3 || !parts[i].chars().allMatch(c -> c >= '0' && c <= '9')) {
                return null;
            }
            out[i] = Integer.parseInt(parts[i]);
            if (out[i] > 255) {
                return null;
            }
        }
        return out;
    }
}
