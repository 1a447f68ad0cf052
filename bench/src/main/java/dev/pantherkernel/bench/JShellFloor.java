package dev.pantherkernel.bench;

import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.execution.LocalExecutionControlProvider;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 3's floor: a JVM that does nothing but what any JShell kernel must do before its first cell answers (build
 * JShell, evaluating in this JVM as the kernel does, and evaluate {@code 1 + 1}), then prints the value and exits. No
 * Jupyter connection, no imports, no class path beyond the JDK's: {@code bench/python/kernel_start.py} times it from
 * the process start to the printed value, beside the kernels, so that RESULTS.md shows how close to ipykernel a Java
 * kernel started on demand can come at all. With {@code --kernel-imports} (and the installed kernel's jars on the
 * class path) it first declares the notebook's imports as the kernel does: the floor's distance to it is what those
 * imports and that class path cost, and the kernel's distance to that is the kernel's own.
 *
 * <pre>java -cp bench/target/panther-bench-*.jar dev.pantherkernel.bench.JShellFloor
 *java -cp 'panther-kernel.jar:lib/*:panther-bench-*.jar' dev.pantherkernel.bench.JShellFloor --kernel-imports</pre>
 */
public final class JShellFloor {

    private JShellFloor() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        boolean kernelImports = List.of(args).contains("--kernel-imports");
        try (JShell jshell = JShell.builder().executionEngine(new LocalExecutionControlProvider(), Map.of())
                .compilerOptions("-proc:none", "-Xlint:none").build()) {
            if (kernelImports && jshell.eval(kernelImports()).stream().anyMatch(e -> e.status() == Snippet.Status.REJECTED)) {
                System.err.println("JShellFloor: the kernel's imports were rejected: is the kernel's class path given?");
                System.exit(1);
            }
            List<SnippetEvent> events = jshell.eval("1 + 1");
            SnippetEvent event = events.get(0);
            if (event.exception() != null || event.value() == null) {
                System.err.println("JShellFloor: 1 + 1 did not evaluate: " + event.status());
                System.exit(1);
            }
            System.out.println(event.value());
            System.out.flush();
        }
        // JShell's threads would keep the JVM up a little longer; the answer is out
        System.exit(0);
    }

    /** The kernel's own import snippet (a class of the kernel's that is not public: read, not copied, so they agree). */
    private static String kernelImports() throws ReflectiveOperationException {
        Class<?> startupImports;
        try {
            startupImports = Class.forName("dev.pantherkernel.kernel.StartupImports");
        } catch (ClassNotFoundException notThere) {
            System.err.println("JShellFloor: --kernel-imports needs the installed kernel's jars on the class path"
                    + " (panther-kernel.jar and lib/*)");
            System.exit(2);
            throw new AssertionError(notThere);
        }
        Method imports = startupImports.getDeclaredMethod("asOneSnippet");
        imports.setAccessible(true);
        return (String) imports.invoke(null);
    }
}
