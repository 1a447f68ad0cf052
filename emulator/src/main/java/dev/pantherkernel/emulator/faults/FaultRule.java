package dev.pantherkernel.emulator.faults;

import java.time.Duration;
import java.util.Locale;

/**
 * One fault to inject: which requests it targets, what they get, and how often. Matching requests
 * are counted; the first {@code skip} of them pass, then up to {@code times} of them (all when
 * {@code times} is unlimited) get the fault, each with {@code probability}.
 *
 * <pre>{@code
 * FaultRule.newFaultRule("alerts").status(503).skip(1).times(2).build();
 * FaultRule.newFaultRule("dataLakeQuery").phase(Phase.RESULTS).tryAgain().times(1).build();
 * FaultRule.parse("dataLakeQuery.poll=reset,probability=0.2");
 * }</pre>
 */
public record FaultRule(
        String field,
        Phase phase,
        FaultKind kind,
        int status,
        Duration delay,
        int skip,
        int times,
        double probability) {

    /** {@code times} value for a fault that never runs out. */
    public static final int UNLIMITED = -1;
    /** Targets every root field. */
    public static final String ANY_FIELD = "*";

    public FaultRule {
        if (skip < 0 || (times < 0 && times != UNLIMITED) || probability < 0 || probability > 1) {
            throw new IllegalArgumentException("skip >= 0, times >= 0 (or unlimited) and 0 <= probability <= 1");
        }
    }

    public static Builder newFaultRule(String rootField) {
        return new Builder(rootField);
    }

    public boolean matches(OperationShape shape) {
        boolean fieldMatches = ANY_FIELD.equals(field) || shape.rootFields().contains(field);
        return fieldMatches && switch (phase) {
            case ANY -> true;
            case POLL -> !shape.selectsResults();
            case RESULTS -> shape.selectsResults();
        };
    }

    /**
     * Reads {@code TARGET=KIND[,option=value]...}: TARGET is a root field or {@code *}, optionally with
     * {@code .poll} or {@code .results}; KIND is an HTTP status (500, 502, 503, 429), {@code delay},
     * {@code reset}, {@code truncate}, {@code html} or {@code tryAgain}; options are {@code skip},
     * {@code times}, {@code probability}, {@code delay} and {@code retryAfter}.
     */
    public static FaultRule parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("fault spec must look like TARGET=KIND[,option=value]...: " + spec);
        }
        String target = spec.substring(0, eq).trim();
        String[] parts = spec.substring(eq + 1).split(",");
        Builder builder = newFaultRule(target.replaceFirst("\\.(poll|results)$", ""));
        if (target.endsWith(".poll")) {
            builder.phase(Phase.POLL);
        } else if (target.endsWith(".results")) {
            builder.phase(Phase.RESULTS);
        }
        applyKind(builder, parts[0].trim());
        for (int i = 1; i < parts.length; i++) {
            String[] option = parts[i].split("=", 2);
            if (option.length != 2) {
                throw new IllegalArgumentException("fault option must be name=value: " + parts[i]);
            }
            String value = option[1].trim();
            switch (option[0].trim()) {
                case "skip" -> builder.skip(Integer.parseInt(value));
                case "times" -> builder.times(Integer.parseInt(value));
                case "probability" -> builder.probability(Double.parseDouble(value));
                case "delay", "retryAfter" -> builder.delay(Durations.parse(value));
                default -> throw new IllegalArgumentException("unknown fault option: " + option[0]);
            }
        }
        return builder.build();
    }

    private static void applyKind(Builder builder, String kind) {
        switch (kind.toLowerCase(Locale.ROOT)) {
            case "429" -> builder.tooManyRequests(Duration.ofSeconds(1));
            case "delay" -> builder.delay(Duration.ofSeconds(1));
            case "reset" -> builder.connectionReset();
            case "truncate", "truncated" -> builder.truncatedBody();
            case "html" -> builder.htmlErrorPage();
            case "tryagain" -> builder.tryAgain();
            default -> {
                try {
                    builder.status(Integer.parseInt(kind));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("unknown fault kind: " + kind);
                }
            }
        }
    }

    /** Builds a {@link FaultRule}; by default it targets every phase and fires on every match. */
    public static final class Builder {
        private final String field;
        private Phase phase = Phase.ANY;
        private FaultKind kind;
        private int status;
        private Duration delay = Duration.ZERO;
        private int skip;
        private int times = UNLIMITED;
        private double probability = 1.0;

        private Builder(String field) {
            this.field = field;
        }

        public Builder phase(Phase value) {
            phase = value;
            return this;
        }

        /** Answer with this HTTP status (e.g. 500, 502, 503) and a JSON message. */
        public Builder status(int code) {
            if (code == 429) {
                return tooManyRequests(Duration.ofSeconds(1));
            }
            kind = FaultKind.STATUS;
            status = code;
            return this;
        }

        public Builder tooManyRequests(Duration retryAfter) {
            kind = FaultKind.TOO_MANY_REQUESTS;
            status = 429;
            delay = retryAfter;
            return this;
        }

        /** Waits this long before answering normally; with another kind, the wait for that kind. */
        public Builder delay(Duration value) {
            if (kind == null) {
                kind = FaultKind.DELAY;
            }
            delay = value;
            return this;
        }

        public Builder connectionReset() {
            kind = FaultKind.CONNECTION_RESET;
            return this;
        }

        public Builder truncatedBody() {
            kind = FaultKind.TRUNCATED_BODY;
            return this;
        }

        public Builder htmlErrorPage() {
            kind = FaultKind.HTML_ERROR_PAGE;
            status = 502;
            return this;
        }

        public Builder tryAgain() {
            kind = FaultKind.TRY_AGAIN;
            return this;
        }

        public Builder skip(int count) {
            skip = count;
            return this;
        }

        public Builder times(int count) {
            times = count;
            return this;
        }

        public Builder probability(double value) {
            probability = value;
            return this;
        }

        public FaultRule build() {
            if (kind == null) {
                throw new IllegalStateException("say what the fault does (status, delay, connectionReset, ...)");
            }
            return new FaultRule(field, phase, kind, status, delay, skip, times, probability);
        }
    }
}
