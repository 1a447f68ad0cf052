package dev.pantherkernel.kernel.it;

import dev.pantherkernel.emulator.EmulatorOptions;
import dev.pantherkernel.emulator.PantherEmulator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.util.Map;

/**
 * One kernel for all the tests of a class, started before the first and closed after the last: the set-up the
 * kernel integration tests share. With an emulator, the kernel is connected to it as a user would, and closing checks
 * that the API token reached no message the front end received. Register it as a static field with
 * {@code @RegisterExtension}; a class's own {@code @BeforeAll} methods run after the kernel is up.
 */
final class SharedKernel implements BeforeAllCallback, AfterAllCallback {

    private final Map<String, String> environment;
    private final EmulatorOptions emulatorOptions;
    private PantherEmulator emulator;
    private KernelSession session;

    private SharedKernel(Map<String, String> environment, EmulatorOptions emulatorOptions) {
        this.environment = environment;
        this.emulatorOptions = emulatorOptions;
    }

    /** A kernel with the machine's environment (the demo, unless Panther is configured). */
    static SharedKernel plain() {
        return new SharedKernel(Map.of(), null);
    }

    /** A kernel with these environment variables set (an empty value unsets one). */
    static SharedKernel withEnvironment(Map<String, String> environment) {
        return new SharedKernel(environment, null);
    }

    /** An emulator started with {@code options}, and a kernel connected to it. */
    static SharedKernel connectedTo(EmulatorOptions options) {
        return new SharedKernel(Map.of(), options);
    }

    KernelSession session() {
        return session;
    }

    PantherEmulator emulator() {
        return emulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (emulatorOptions == null) {
            session = KernelSession.start(environment);
            return;
        }
        emulator = PantherEmulator.start(emulatorOptions);
        session = KernelSession.connectedTo(emulator);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (emulator != null) {
            KernelSession.closeCheckingTheToken(session, emulator);
        } else if (session != null) {
            session.close();
        }
    }
}
