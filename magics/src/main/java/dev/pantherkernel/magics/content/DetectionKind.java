package dev.pantherkernel.magics.content;

import dev.pantherkernel.magics.core.Internal;
import java.util.Arrays;
import java.util.List;

/**
 * Where each kind of detection lives in Panther's REST API, and the alert subtype it raises (the word {@code alerts
 * --subtype} and {@code detections --subtype} share): Python rules and simple (YAML) rules both raise RULE alerts.
 */
@Internal
public enum DetectionKind {
    RULE("/rules", "RULE", "python", "log-type"),
    SIMPLE_RULE("/simple-rules", "RULE", "yaml", "log-type"),
    SCHEDULED_RULE("/scheduled-rules", "SCHEDULED_RULE", "python", null),
    POLICY("/policies", "POLICY", "python", null);

    /** The alert subtypes that name detections; the others (RULE_ERROR, SYSTEM_ERROR ...) name errors. */
    public static final List<String> SUBTYPES = List.of("RULE", "SCHEDULED_RULE", "POLICY");

    private final String path;
    private final String subtype;
    private final String format;
    private final String logTypeParameter;

    DetectionKind(String path, String subtype, String format, String logTypeParameter) {
        this.path = path;
        this.subtype = subtype;
        this.format = format;
        this.logTypeParameter = logTypeParameter;
    }

    /** {@code /rules}: the list; {@code /rules/{id}} one of them. */
    public String path() {
        return path;
    }

    /** The alert subtype its alerts have. */
    public String subtype() {
        return subtype;
    }

    /** How it is written: {@code python}, or {@code yaml} for a simple rule. */
    public String format() {
        return format;
    }

    /** The list's filter by log type, or null when this kind has none (scheduled rules read queries, policies resources). */
    public String logTypeParameter() {
        return logTypeParameter;
    }

    /** The kinds that raise alerts of these subtypes (all for none). */
    public static List<DetectionKind> of(List<String> subtypes) {
        if (subtypes.isEmpty()) {
            return List.of(values());
        }
        return Arrays.stream(values()).filter(k -> subtypes.contains(k.subtype)).toList();
    }
}
