package dev.pantherkernel.magics.testing;

import dev.pantherkernel.emulator.EmulatorOptions;
import dev.pantherkernel.emulator.PantherEmulator;
import dev.pantherkernel.emulator.ServerTraits;
import dev.pantherkernel.magics.connect.Environment;
import dev.pantherkernel.magics.session.NotebookHost;
import dev.pantherkernel.magics.session.PantherSession;

import java.util.Map;
import java.util.Set;

/**
 * One emulator for all the library's tests in a JVM: starting one takes seconds, and the tests only read its
 * data (the ones that change it make their own alerts, users and roles). Tests that inject faults clear them.
 */
public final class SharedEmulator {

    public static final String ANALYST = "analyst";
    public static final String NOBODY = "nobody";
    /** Keys of the scratch emulator that token rotation tests may rotate (each once). */
    public static final String ROTATED_IN_PROFILE = "rotated-in-profile";
    public static final String ROTATED_FROM_ENVIRONMENT = "rotated-from-environment";

    private static PantherEmulator emulator;
    private static PantherEmulator scratch;
    private static PantherEmulator realistic;

    private SharedEmulator() {
    }

    public static synchronized PantherEmulator get() {
        if (emulator == null) {
            emulator = PantherEmulator.start(EmulatorOptions.newEmulatorOptions()
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
     * An emulator that answers as a real Panther plausibly does ({@link ServerTraits#REALISTIC}): no introspection,
     * databases named {@code panther_logs.public}, upper-case result column names, Snowflake's lower-case type names.
     */
    public static synchronized PantherEmulator realistic() {
        if (realistic == null) {
            realistic = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().seed(7).scale(0.05)
                    .traits(ServerTraits.REALISTIC).build());
            Runtime.getRuntime().addShutdownHook(new Thread(realistic::close));
        }
        return realistic;
    }

    /** A session on {@code emulator} with its full-permission key, through the environment as a user's would be. */
    public static PantherSession session(PantherEmulator emulator, NotebookHost host) {
        return new PantherSession(host, Environment.of(Map.of("PANTHER_API_URL", emulator.url(),
                "PANTHER_API_TOKEN", emulator.token()), Sessions.home()), Sessions.fastRetries());
    }

    /**
     * A second emulator for tests that change whatever they like (fuzzing runs random mutations): the shared one's
     * users, roles and alerts stay as the other tests expect them.
     */
    public static synchronized PantherEmulator scratch() {
        if (scratch == null) {
            scratch = PantherEmulator.start(EmulatorOptions.newEmulatorOptions().seed(13).scale(0.01)
                    .token(ROTATED_IN_PROFILE, Set.of("GeneralSettingsRead"))
                    .token(ROTATED_FROM_ENVIRONMENT, Set.of("GeneralSettingsRead")).build());
            Runtime.getRuntime().addShutdownHook(new Thread(scratch::close));
        }
        return scratch;
    }
}
