package dev.pantherkernel.magics.content;

import dev.pantherkernel.magics.core.Internal;
import dev.pantherkernel.magics.values.AlertType;
import java.util.Arrays;
import java.util.List;

/**
 * Where each kind of detection lives in Panther's REST API, and the alert subtype it raises (the word {@code alerts
 * --subtype} and {@code detections --subtype} share): Python rules and simple (YAML) rules both raise RULE alerts.
 */
@Internal
public enum DetectionKind {
    RULE("/rules", AlertType.RULE, "python", "log-type"),
    SIMPLE_RULE("/simple-rules", AlertType.RULE, "yaml", "log-type"),
    SCHEDULED_RULE("/scheduled-rules", AlertType.SCHEDULED_RULE, "python", null),
    POLICY("/policies", AlertType.POLICY, "python", null);

    /** The alert subtypes that name detections; the others (RULE_ERROR, SYSTEM_ERROR ...) name errors. */
    public static final List<AlertType> SUBTYPES = List.of(AlertType.RULE, AlertType.SCHEDULED_RULE, AlertType.POLICY);

    private final String path;
    private final AlertType subtype;
    private final String format;
    private final String logTypeParameter;

    DetectionKind(String path, AlertType subtype, String format, String logTypeParameter) {
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
    public AlertType subtype() {
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
    public static List<DetectionKind> of(List<AlertType> subtypes) {
        if (subtypes.isEmpty()) {
            return List.of(values());
        }
        return Arrays.stream(values()).filter(k -> subtypes.contains(k.subtype)).toList();
    }
}
