package dev.pantherkernel.magics.datalake.indicator;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.core.Suggestions;
import dev.pantherkernel.magics.core.UsageException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one vocabulary of indicator kinds that {@code search} and {@code entity} share: Panther's {@code IndicatorType}
 * names (the {@code p_any_*} families, {@code AutoDetectType}, {@code SimpleSearch}, {@code TextSearch}), the short
 * words an analyst types for them ({@code ip}, {@code email}, {@code user}, ...), and the guess of a family from a
 * value, which {@code AutoDetectType} stands for.
 */
@Internal
public final class IndicatorKind {

    /** Panther's {@code IndicatorType} values: how to read the indicators. */
    public static final List<String> KINDS = List.of("AutoDetectType", "SimpleSearch", "TextSearch", "p_any_actor_ids",
            "p_any_aws_account_ids", "p_any_aws_arns", "p_any_aws_instance_ids", "p_any_aws_tags", "p_any_domain_names",
            "p_any_emails", "p_any_ip_addresses", "p_any_mac_addresses", "p_any_md5_hashes", "p_any_serial_numbers",
            "p_any_sha1_hashes", "p_any_sha256_hashes", "p_any_trace_ids", "p_any_usernames");

    public static final String AUTO = "AutoDetectType";

    /** The short words for the {@code p_any_*} families, as an analyst says them. */
    public static final Map<String, String> SHORT = shortWords();

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:]*:[0-9a-fA-F:]*(:\\d{1,3}(\\.\\d{1,3}){3})?");
    private static final Pattern MAC = Pattern.compile("[0-9a-fA-F]{2}([:-][0-9a-fA-F]{2}){5}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
    private static final Pattern ACCESS_KEY = Pattern.compile("(AKIA|ASIA|AIDA|AROA)[A-Z0-9]{12,}");
    private static final Pattern INSTANCE = Pattern.compile("i-[0-9a-f]{8}([0-9a-f]{9})?");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
    private static final Pattern DOMAIN = Pattern.compile("([a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,}");

    private IndicatorKind() {
    }

    private static Map<String, String> shortWords() {
        Map<String, String> words = new LinkedHashMap<>();
        words.put("ip", "p_any_ip_addresses");
        words.put("email", "p_any_emails");
        words.put("user", "p_any_usernames");
        words.put("username", "p_any_usernames");
        words.put("domain", "p_any_domain_names");
        words.put("arn", "p_any_aws_arns");
        words.put("account", "p_any_aws_account_ids");
        words.put("instance", "p_any_aws_instance_ids");
        words.put("key", "p_any_trace_ids");
        words.put("trace", "p_any_trace_ids");
        words.put("actor", "p_any_actor_ids");
        words.put("tag", "p_any_aws_tags");
        words.put("mac", "p_any_mac_addresses");
        words.put("serial", "p_any_serial_numbers");
        words.put("md5", "p_any_md5_hashes");
        words.put("sha1", "p_any_sha1_hashes");
        words.put("sha256", "p_any_sha256_hashes");
        return Map.copyOf(words);
    }

    /** Every word {@code --kind} takes: Panther's names and the short words. */
    static List<String> words() {
        List<String> all = new ArrayList<>(KINDS);
        SHORT.keySet().stream().sorted().forEach(all::add);
        return all;
    }

    /**
     * The kind {@code written} names, as Panther spells it ({@code ip} and {@code P_ANY_IP_ADDRESSES} are both
     * {@code p_any_ip_addresses}); empty when it names none.
     */
    static Optional<String> named(String written) {
        String word = written.strip();
        String shortWord = SHORT.get(word.toLowerCase(Locale.ROOT));
        if (shortWord != null) {
            return Optional.of(shortWord);
        }
        return KINDS.stream().filter(k -> k.equalsIgnoreCase(word)).findFirst();
    }

    /** {@link #named}, or a usage error naming {@code option} and the closest word. */
    public static String parse(String option, String written, String command) {
        return named(written).orElseThrow(() -> new UsageException(option + ": '" + written + "' is not an indicator kind"
                + Suggestions.didYouMean(written.strip(), words()) + " (`%panther help " + command + "` lists them)"));
    }

    /**
     * The {@code p_any_*} family a value most likely belongs to, read from its shape: an IP address, an e-mail, an
     * ARN, a 12-digit AWS account, a SHA-256, SHA-1 or MD5 hash, an AWS access key id (a trace id to Panther), an EC2
     * instance id, a MAC address, a domain name; anything else is taken for a user name.
     */
    static String guess(String value) {
        String v = value.strip();
        if (isIpv4(v) || !MAC.matcher(v).matches() && v.indexOf(':') != v.lastIndexOf(':') && IPV6.matcher(v).matches()) {
            return "p_any_ip_addresses";
        }
        if (MAC.matcher(v).matches()) {
            return "p_any_mac_addresses";
        }
        if (v.startsWith("arn:")) {
            return "p_any_aws_arns";
        }
        if (EMAIL.matcher(v).matches()) {
            return "p_any_emails";
        }
        if (ACCOUNT.matcher(v).matches()) {
            return "p_any_aws_account_ids";
        }
        if (HEX.matcher(v).matches() && (v.length() == 64 || v.length() == 40 || v.length() == 32)) {
            return v.length() == 64 ? "p_any_sha256_hashes" : v.length() == 40 ? "p_any_sha1_hashes" : "p_any_md5_hashes";
        }
        if (ACCESS_KEY.matcher(v).matches()) {
            return "p_any_trace_ids";
        }
        if (INSTANCE.matcher(v).matches()) {
            return "p_any_aws_instance_ids";
        }
        if (DOMAIN.matcher(v).matches()) {
            return "p_any_domain_names";
        }
        return "p_any_usernames";
    }

    /**
     * The families to look for a value in when its kind is guessed: {@link #guess}, and for a dotted name that may be a
     * domain, the user names too ({@code jordan.lee} is both shapes).
     */
    static List<String> guesses(String value) {
        String family = guess(value);
        return family.equals("p_any_domain_names") ? List.of(family, "p_any_usernames") : List.of(family);
    }

    /**
     * The families an entity's value is looked for in: those {@code written} names ({@code option} says where it was
     * written, for the error), or, when it is null or {@code AutoDetectType}, the {@link #guesses}.
     */
    public static List<String> entityFamilies(String option, String written, String value) {
        String named = written == null ? AUTO : parse(option, written, "entity");
        if (named.equals(AUTO)) {
            return guesses(value);
        }
        if (!named.startsWith("p_any_")) {
            throw new UsageException(option + ": " + named + " is not a kind of entity; name a p_any_* family or a short word "
                    + "(ip, email, user, ...)");
        }
        return List.of(named);
    }

    private static boolean isIpv4(String v) {
        Matcher m = IPV4.matcher(v);
        if (!m.matches()) {
            return false;
        }
        for (int g = 1; g <= 4; g++) {
            if (Integer.parseInt(m.group(g)) > 255) {
                return false;
            }
        }
        return true;
    }

    /** What a family holds, in words, for summaries: {@code p_any_ip_addresses} is "IP address". */
    public static String noun(String family) {
        return switch (family) {
            case "p_any_ip_addresses" -> "IP address";
            case "p_any_emails" -> "email";
            case "p_any_usernames" -> "user name";
            case "p_any_domain_names" -> "domain";
            case "p_any_aws_arns" -> "ARN";
            case "p_any_aws_account_ids" -> "AWS account";
            case "p_any_aws_instance_ids" -> "EC2 instance";
            case "p_any_trace_ids" -> "trace id / access key";
            case "p_any_actor_ids" -> "actor id";
            case "p_any_mac_addresses" -> "MAC address";
            case "p_any_serial_numbers" -> "serial number";
            case "p_any_aws_tags" -> "AWS tag";
            default -> family.startsWith("p_any_") ? family.substring(6).replace('_', ' ') : family;
        };
    }
}
