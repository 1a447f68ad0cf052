package dev.pantherkernel.emulator.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The faults in force. Off until a rule is added; rules are checked in the order they were added and
 * the first one that fires decides. Probabilities draw from a generator seeded like the data, so a
 * run with the same seed and the same requests fails the same way.
 */
public final class Faults {
    private static final class Active {
        final FaultRule rule;
        int matched;
        int fired;

        Active(FaultRule rule) {
            this.rule = rule;
        }
    }

    private final List<Active> active = new ArrayList<>();
    private final Random random;

    public Faults(long seed) {
        this.random = new Random(seed);
    }

    public synchronized Faults add(FaultRule rule) {
        active.add(new Active(rule));
        return this;
    }

    public synchronized void clear() {
        active.clear();
    }

    /** How often the rule fired so far (0 for a rule not in force). */
    public synchronized int firedCount(FaultRule rule) {
        return active.stream().filter(a -> a.rule.equals(rule)).mapToInt(a -> a.fired).sum();
    }

    /** The fault this request gets, if any; every matching rule counts the request. */
    public synchronized Optional<FaultRule> decide(OperationShape shape) {
        FaultRule chosen = null;
        for (Active a : active) {
            if (!a.rule.matches(shape)) {
                continue;
            }
            a.matched++;
            boolean due = a.matched > a.rule.skip()
                    && (a.rule.times() == FaultRule.UNLIMITED || a.fired < a.rule.times());
            if (chosen == null && due && (a.rule.probability() >= 1.0 || random.nextDouble() < a.rule.probability())) {
                a.fired++;
                chosen = a.rule;
            }
        }
        return Optional.ofNullable(chosen);
    }
}
