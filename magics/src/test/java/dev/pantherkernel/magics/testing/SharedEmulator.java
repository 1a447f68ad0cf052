package dev.pantherkernel.magics.testing;

import dev.pantherkernel.emulator.EmulatorOptions;
import dev.pantherkernel.emulator.PantherEmulator;

import java.util.Set;

/**
 * One emulator for all the library's tests in a JVM: starting one takes seconds, and the tests only read its
 * data (the ones that change it make their own alerts, users and roles). Tests that inject faults clear them.
 */
public final class SharedEmulator {

    public static final String ANALYST = "analyst";
    public static final String NOBODY = "nobody";

    private static PantherEmulator emulator;
    private static PantherEmulator scratch;

    private SharedEmulator() {
    }

    public static synchronized PantherEmulator get() {
        if (emulator == null) {
            emulator = PantherEmulator.start(EmulatorOptions.builder()
                    .seed(7)
                    .scale(0.05)
                    .token(ANALYST, Set.of("AlertRead", "DataAnalyticsRead", "UserRead"))
                    .token(NOBODY, Set.of())
                    .build());
            Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
        }
        return emulator;
    }

    /**
     * A second emulator for tests that change whatever they like (fuzzing runs random mutations): the shared one's
     * users, roles and alerts stay as the other tests expect them.
     */
    public static synchronized PantherEmulator scratch() {
        if (scratch == null) {
            scratch = PantherEmulator.start(EmulatorOptions.builder().seed(13).scale(0.01).build());
            Runtime.getRuntime().addShutdownHook(new Thread(scratch::close));
        }
        return scratch;
    }
}
