package dev.pantherkernel.kernel.jshell;

import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

import java.util.Map;

/** Hands JShell the one execution control of this kernel (JShell asks once, when it is built). */
final class KernelExecutionControlProvider implements ExecutionControlProvider {

    private final KernelExecutionControl control;

    KernelExecutionControlProvider(KernelExecutionControl control) {
        this.control = control;
    }

    @Override
    public String name() {
        return "panther-in-process";
    }

    @Override
    public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
        return control;
    }
}
