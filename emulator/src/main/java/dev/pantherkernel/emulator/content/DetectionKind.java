package dev.pantherkernel.emulator.content;

import dev.pantherkernel.emulator.alerts.DetectionType;

/**
 * The four kinds of detection Panther's REST API keeps apart: Python rules, simple (YAML) rules, scheduled rules over
 * saved queries, and cloud policies. GraphQL knows only their {@link DetectionType}, where a simple rule is a rule.
 */
public enum DetectionKind {
    RULE(DetectionType.RULE, "rule"),
    SIMPLE_RULE(DetectionType.RULE, "simple rule"),
    SCHEDULED_RULE(DetectionType.SCHEDULED_RULE, "scheduled rule"),
    POLICY(DetectionType.POLICY, "policy");

    private final DetectionType type;
    private final String noun;

    DetectionKind(DetectionType type, String noun) {
        this.type = type;
        this.noun = noun;
    }

    public DetectionType type() {
        return type;
    }

    /** How a message names one of this kind ("a scheduled rule"). */
    public String noun() {
        return noun;
    }

    /** Rules of every kind are counted together in an upload's statistics; policies apart. */
    public boolean isRule() {
        return this != POLICY;
    }
}
