package dev.pantherkernel.magics.redact;

import java.util.Locale;

/**
 * How a pseudonym reads: the kind stays visible and the shape plausible, and no form can be real data (the domain
 * {@code redacted.example} is reserved by RFC 2606, {@code .redacted} is no top-level domain, {@code redacted} no ARN
 * partition). {@code HEX} is 12 lowercase hex digits of a keyed hash of the original value.
 */
enum PseudonymForm {
    /** {@code user-HEX@redacted.example}: still an email address, so email columns stay email columns. */
    EMAIL("user-", "@redacted.example", "email", "emails"),
    /** {@code ip-HEX.redacted}, for IPv4 and IPv6 alike. */
    IP("ip-", ".redacted", "IP", "IPs"),
    /** {@code name-HEX.redacted}: a user name, login or person's name. */
    NAME("name-", ".redacted", "user name", "user names"),
    /** {@code arn:redacted:HEX}. */
    ARN("arn:redacted:", "", "ARN", "ARNs"),
    /** {@code value-HEX.redacted}: any other value of a column named by {@code --columns}. */
    VALUE("value-", ".redacted", "other value", "other values");

    private final String prefix;
    private final String suffix;
    private final String one;
    private final String many;

    PseudonymForm(String prefix, String suffix, String one, String many) {
        this.prefix = prefix;
        this.suffix = suffix;
        this.one = one;
        this.many = many;
    }

    String write(String hex) {
        return prefix + hex + suffix;
    }

    String prefix() {
        return prefix;
    }

    String suffix() {
        return suffix;
    }

    /** {@code 1 email}, {@code 12 IPs}. */
    String counted(int n) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }

    /** What values of this form are called, several of them: {@code emails}, {@code user names}. */
    public String plural() {
        return many;
    }

    /** How a pseudonym of this form reads, its digits left out: {@code ip-<12 hex>.redacted}. */
    public String shape() {
        return write("<12 hex>");
    }
}
