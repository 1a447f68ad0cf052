package dev.pantherkernel.magics.redact;

import dev.pantherkernel.magics.core.Internal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * What redaction replaces: values of {@code kinds} wherever they appear, and every value of the columns (or JSON
 * fields) named in {@code columns}, matched in any case by the whole name or its last dotted part
 * ({@code email} names {@code assignee.email}).
 */
@Internal
public record RedactionSettings(boolean on, Set<RedactedKind> kinds, List<String> columns) {

    public RedactionSettings {
        kinds = kinds.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(kinds));
        columns = List.copyOf(columns);
    }

    /** Nothing replaced. */
    public static RedactionSettings off() {
        return new RedactionSettings(false, Set.of(), List.of());
    }

    /** Every kind, no columns by name. */
    public static RedactionSettings everyKind() {
        return new RedactionSettings(true, EnumSet.allOf(RedactedKind.class), List.of());
    }

    /** Whether every value of the column or field {@code name} is replaced. */
    boolean names(String name) {
        if (!on || columns.isEmpty()) {
            return false;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String last = lower.substring(lower.lastIndexOf('.') + 1);
        return columns.stream().map(c -> c.toLowerCase(Locale.ROOT)).anyMatch(c -> c.equals(lower) || c.equals(last));
    }

    /** What is replaced, one row each, and how its pseudonyms read: what {@code %panther redact} shows. */
    public Table table() {
        StringColumn what = StringColumn.create("replaces");
        StringColumn shown = StringColumn.create("shown as");
        if (on) {
            for (RedactedKind kind : kinds.stream().sorted().toList()) {
                what.append(kind.form().plural());
                shown.append(kind.form().shape());
            }
            for (String column : columns) {
                what.append("every value of " + column);
                shown.append(PseudonymForm.VALUE.shape() + " (or the form of an email, IP or ARN)");
            }
        }
        return Table.create("redaction", what, shown);
    }

    /** In words, for {@code %panther redact}: {@code emails, IPs, user names, ARNs; every value of who}. */
    public String describe() {
        if (!on) {
            return "off";
        }
        List<String> parts = new ArrayList<>();
        String kindWords = kinds.stream().sorted().map(k -> k.form().plural()).collect(Collectors.joining(", "));
        if (!kindWords.isEmpty()) {
            parts.add(kindWords);
        }
        if (!columns.isEmpty()) {
            parts.add("every value of " + String.join(", ", columns));
        }
        return parts.isEmpty() ? "nothing (no kinds, no columns)" : String.join("; ", parts);
    }
}
