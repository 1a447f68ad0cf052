package dev.pantherkernel.emulator.content;

/**
 * When a scheduled query runs: a cron expression or every {@code rateMinutes} (exactly one of them), each run
 * stopped after {@code timeoutMinutes}. A disabled schedule keeps its timing but does not run.
 */
public record Schedule(String cron, Integer rateMinutes, int timeoutMinutes, boolean disabled) {
    /** A run's time limit when none is given (REST leaves it optional; Panther's default is not known). */
    public static final int DEFAULT_TIMEOUT_MINUTES = 30;

    public Schedule {
        if ((cron == null) == (rateMinutes == null)) {
            throw new IllegalArgumentException("a schedule has either a cron expression or a rate in minutes");
        }
    }

    public static Schedule cron(String expression, int timeoutMinutes) {
        return new Schedule(expression, null, timeoutMinutes, false);
    }

    public static Schedule every(int minutes, int timeoutMinutes) {
        return new Schedule(null, minutes, timeoutMinutes, false);
    }

    public Schedule disabled(boolean value) {
        return new Schedule(cron, rateMinutes, timeoutMinutes, value);
    }
}
